import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp bulk","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/bulk.md","filePath":"reference/cli/bulk.md"}');
const _sfc_main = { name: "reference/cli/bulk.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-bulk" tabindex="-1">ivp bulk <a class="header-anchor" href="#ivp-bulk" aria-label="Permalink to &quot;ivp bulk&quot;">​</a></h1><p>Reports for every municipality in a data file, and an overview</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bulk</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">data-fil</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">e</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Reads a police or CBS data file with many municipalities (a StatLine CSV download, or CBS OData TypedDataSet pages of 47013NED following odata.nextLink) and, for every municipality in it (or those of --municipalities), fills in a plan template with that municipality&#39;s figures and evaluates it: the figure table with its percentage changes, every indicator&#39;s baseline, target, latest figure and status, and a summary. Writes one report per municipality (gemeenten/&lt;code&gt;-&lt;name&gt;.html, .md or .json) and an overview of all of them, with their key figures and statuses, as index.html (a table that sorts by a click on a column header), index.md and index.json. The built-in template &#39;politie&#39; is the plan &#39;ivp init&#39; makes, with a default target for every indicator (--target-change, from the year before the plan to its last year); --template takes a plan directory instead. Without --period, the plan covers up to four years ending with the last whole year in the file. The file is streamed: memory grows with municipalities x crime types x periods, not with the size of the file; when the file lists each municipality&#39;s figures together (as a StatLine download does), each report is written as soon as its municipality is complete. Every municipality keeps its CBS code from ivp&#39;s register (342 municipalities of 2024, and former ones with their old codes); a region that is not a municipality is left out; the invented municipalities of the synthetic benchmark data set (Synthetisch 001, GM9001, ...) are marked in the overview. Everything is written to a staging directory first and moved into --out only when the whole run succeeded: an error leaves no output. A progress bar is shown on standard error when it is a terminal.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;data-file&gt;</code></td><td>yes</td><td>A StatLine CSV download or the first page of a CBS OData TypedDataSet (47013NED); further pages are followed by their odata.nextLink.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-o, --out DIR</code></td><td>The directory for the reports and the overview. Required. It must be new or empty, unless --force.</td><td></td><td></td></tr><tr><td><code>-t, --template TEMPLATE</code></td><td>The plan template: &#39;politie&#39; (built in: the usual police indicators with default targets) or a plan directory (or plan.yaml) whose municipality, figures, claims and printed cells are replaced per municipality.</td><td></td><td><code>politie</code></td></tr><tr><td><code>-f, --format FORMAT</code></td><td>The format of the reports per municipality. The overview is always written in all three.</td><td><code>html</code>, <code>md</code>, <code>json</code></td><td><code>html</code></td></tr><tr><td><code>-m, --municipalities LIST</code></td><td>Only these municipalities: a comma-separated list of CBS codes or names as StatLine writes them, e.g. GM0417,Blaricum,Eemnes. Default: every municipality in the file.</td><td></td><td></td></tr><tr><td><code>--population FILE</code></td><td>A file of inhabitants on 1 January per municipality and year (CBS table 03759ned: a StatLine CSV download or OData pages, as &#39;ivp import&#39; reads them). They become each plan&#39;s series inwoners, so the overview shows the first indicator per 1,000 inhabitants and names the municipalities without inhabitants of their latest year. A municipality is matched by code or StatLine name; a file without inhabitants, a file of registered crimes, a region that is no municipality ivp knows, a figure for part of a year or two different figures for one municipality and year is refused with its line.</td><td></td><td></td></tr><tr><td><code>--period YYYY-YYYY</code></td><td>The plan period, e.g. 2020-2023 (the baseline is the year before). Default: the template&#39;s period, or for the built-in template up to four years ending with the last whole year in the file.</td><td></td><td></td></tr><tr><td><code>--target-change PERCENT</code></td><td>The default target of an indicator without one: this change in percent from the baseline, by the last year of the plan. A negative value is written with =, e.g. --target-change=-15.</td><td></td><td><code>-10</code></td></tr><tr><td><code>--lang LANG</code></td><td>Language of generated text; default the plan&#39;s language (Dutch).</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>--force</code></td><td>Write into a directory that has files already; files of the same name are replaced, one by one, atomically.</td><td></td><td></td></tr><tr><td><code>-q, --quiet</code></td><td>No progress bar and no summary; only errors.</td><td></td><td></td></tr><tr><td><code>-j, --jobs N</code></td><td>How many reports are rendered at once, on worker threads; 1 renders them in the main thread. The output is the same for any number. Default: the number of CPUs (one for up to 8 municipalities).</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>An HTML report for every municipality in the OData pages, and rapporten/index.html.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bulk</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> 47013NED-0001.json</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> rapporten</span></span></code></pre></div><p>Markdown reports for three municipalities, and their overview.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bulk</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> statline.csv</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --municipalities</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> GM0417,Blaricum,Eemnes</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> md</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> gooi</span></span></code></pre></div><p>The inhabitants from their own CBS download: the overview gets its column per 1,000 inhabitants.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bulk</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> statline.csv</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --population</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bevolking-03759ned.csv</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> rapporten</span></span></code></pre></div><p>Your own plan as the template, for a given period, into an existing directory.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> bulk</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> statline.csv</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --template</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> my-plan</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --period</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> 2024-2027</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> out</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --force</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the reports and the overview were written</td></tr><tr><td><code>1</code></td><td>the data file or the population file is malformed, has no figures for a municipality asked for, or the template is invalid; nothing was written</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp bulk --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp bulk &lt;data-file&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Reads a police or CBS data file with many municipalities (a StatLine CSV</span></span>
<span class="line"><span>download, or CBS OData TypedDataSet pages of 47013NED following</span></span>
<span class="line"><span>odata.nextLink) and, for every municipality in it (or those of</span></span>
<span class="line"><span>--municipalities), fills in a plan template with that municipality&#39;s figures</span></span>
<span class="line"><span>and evaluates it: the figure table with its percentage changes, every</span></span>
<span class="line"><span>indicator&#39;s baseline, target, latest figure and status, and a summary. Writes</span></span>
<span class="line"><span>one report per municipality (gemeenten/&lt;code&gt;-&lt;name&gt;.html, .md or .json) and</span></span>
<span class="line"><span>an overview of all of them, with their key figures and statuses, as index.html</span></span>
<span class="line"><span>(a table that sorts by a click on a column header), index.md and index.json.</span></span>
<span class="line"><span>The built-in template &#39;politie&#39; is the plan &#39;ivp init&#39; makes, with a default</span></span>
<span class="line"><span>target for every indicator (--target-change, from the year before the plan to</span></span>
<span class="line"><span>its last year); --template takes a plan directory instead. Without --period,</span></span>
<span class="line"><span>the plan covers up to four years ending with the last whole year in the file.</span></span>
<span class="line"><span>The file is streamed: memory grows with municipalities x crime types x</span></span>
<span class="line"><span>periods, not with the size of the file; when the file lists each</span></span>
<span class="line"><span>municipality&#39;s figures together (as a StatLine download does), each report is</span></span>
<span class="line"><span>written as soon as its municipality is complete. Every municipality keeps its</span></span>
<span class="line"><span>CBS code from ivp&#39;s register (342 municipalities of 2024, and former ones with</span></span>
<span class="line"><span>their old codes); a region that is not a municipality is left out; the</span></span>
<span class="line"><span>invented municipalities of the synthetic benchmark data set (Synthetisch 001,</span></span>
<span class="line"><span>GM9001, ...) are marked in the overview. Everything is written to a staging</span></span>
<span class="line"><span>directory first and moved into --out only when the whole run succeeded: an</span></span>
<span class="line"><span>error leaves no output. A progress bar is shown on standard error when it is a</span></span>
<span class="line"><span>terminal.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;data-file&gt;  A StatLine CSV download or the first page of a CBS OData</span></span>
<span class="line"><span>               TypedDataSet (47013NED); further pages are followed by their</span></span>
<span class="line"><span>               odata.nextLink.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -o, --out DIR                The directory for the reports and the overview.</span></span>
<span class="line"><span>                               Required. It must be new or empty, unless</span></span>
<span class="line"><span>                               --force.</span></span>
<span class="line"><span>  -t, --template TEMPLATE      The plan template: &#39;politie&#39; (built in: the</span></span>
<span class="line"><span>                               usual police indicators with default targets)</span></span>
<span class="line"><span>                               or a plan directory (or plan.yaml) whose</span></span>
<span class="line"><span>                               municipality, figures, claims and printed cells</span></span>
<span class="line"><span>                               are replaced per municipality. (default:</span></span>
<span class="line"><span>                               politie)</span></span>
<span class="line"><span>  -f, --format FORMAT          The format of the reports per municipality. The</span></span>
<span class="line"><span>                               overview is always written in all three. (one</span></span>
<span class="line"><span>                               of: html, md, json; default: html)</span></span>
<span class="line"><span>  -m, --municipalities LIST    Only these municipalities: a comma-separated</span></span>
<span class="line"><span>                               list of CBS codes or names as StatLine writes</span></span>
<span class="line"><span>                               them, e.g. GM0417,Blaricum,Eemnes. Default:</span></span>
<span class="line"><span>                               every municipality in the file.</span></span>
<span class="line"><span>      --population FILE        A file of inhabitants on 1 January per</span></span>
<span class="line"><span>                               municipality and year (CBS table 03759ned: a</span></span>
<span class="line"><span>                               StatLine CSV download or OData pages, as &#39;ivp</span></span>
<span class="line"><span>                               import&#39; reads them). They become each plan&#39;s</span></span>
<span class="line"><span>                               series inwoners, so the overview shows the</span></span>
<span class="line"><span>                               first indicator per 1,000 inhabitants and names</span></span>
<span class="line"><span>                               the municipalities without inhabitants of their</span></span>
<span class="line"><span>                               latest year. A municipality is matched by code</span></span>
<span class="line"><span>                               or StatLine name; a file without inhabitants, a</span></span>
<span class="line"><span>                               file of registered crimes, a region that is no</span></span>
<span class="line"><span>                               municipality ivp knows, a figure for part of a</span></span>
<span class="line"><span>                               year or two different figures for one</span></span>
<span class="line"><span>                               municipality and year is refused with its line.</span></span>
<span class="line"><span>      --period YYYY-YYYY       The plan period, e.g. 2020-2023 (the baseline</span></span>
<span class="line"><span>                               is the year before). Default: the template&#39;s</span></span>
<span class="line"><span>                               period, or for the built-in template up to four</span></span>
<span class="line"><span>                               years ending with the last whole year in the</span></span>
<span class="line"><span>                               file.</span></span>
<span class="line"><span>      --target-change PERCENT  The default target of an indicator without one:</span></span>
<span class="line"><span>                               this change in percent from the baseline, by</span></span>
<span class="line"><span>                               the last year of the plan. A negative value is</span></span>
<span class="line"><span>                               written with =, e.g. --target-change=-15.</span></span>
<span class="line"><span>                               (default: -10)</span></span>
<span class="line"><span>      --lang LANG              Language of generated text; default the plan&#39;s</span></span>
<span class="line"><span>                               language (Dutch). (one of: nl, en)</span></span>
<span class="line"><span>      --force                  Write into a directory that has files already;</span></span>
<span class="line"><span>                               files of the same name are replaced, one by</span></span>
<span class="line"><span>                               one, atomically.</span></span>
<span class="line"><span>  -q, --quiet                  No progress bar and no summary; only errors.</span></span>
<span class="line"><span>  -j, --jobs N                 How many reports are rendered at once, on</span></span>
<span class="line"><span>                               worker threads; 1 renders them in the main</span></span>
<span class="line"><span>                               thread. The output is the same for any number.</span></span>
<span class="line"><span>                               Default: the number of CPUs (one for up to 8</span></span>
<span class="line"><span>                               municipalities).</span></span>
<span class="line"><span>  -h, --help                   Show help for the command.</span></span>
<span class="line"><span>      --no-cache               Read the plan without the cache of validated</span></span>
<span class="line"><span>                               plans and do not store it there (the cache is</span></span>
<span class="line"><span>                               in $XDG_CACHE_HOME/ivp or ~/.cache/ivp;</span></span>
<span class="line"><span>                               IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it</span></span>
<span class="line"><span>                               off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp bulk 47013NED-0001.json --out rapporten</span></span>
<span class="line"><span>      An HTML report for every municipality in the OData pages, and rapporten/index.html.</span></span>
<span class="line"><span>  ivp bulk statline.csv --municipalities GM0417,Blaricum,Eemnes --format md --out gooi</span></span>
<span class="line"><span>      Markdown reports for three municipalities, and their overview.</span></span>
<span class="line"><span>  ivp bulk statline.csv --population bevolking-03759ned.csv --out rapporten</span></span>
<span class="line"><span>      The inhabitants from their own CBS download: the overview gets its column per 1,000 inhabitants.</span></span>
<span class="line"><span>  ivp bulk statline.csv --template my-plan --period 2024-2027 --out out --force</span></span>
<span class="line"><span>      Your own plan as the template, for a given period, into an existing directory.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the reports and the overview were written</span></span>
<span class="line"><span>  1   the data file or the population file is malformed, has no figures for a municipality asked for, or the template is invalid; nothing was written</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/bulk.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bulk = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bulk as default
};
