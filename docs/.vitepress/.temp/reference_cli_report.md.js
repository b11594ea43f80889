import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp report","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/report.md","filePath":"reference/cli/report.md"}');
const _sfc_main = { name: "reference/cli/report.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-report" tabindex="-1">ivp report <a class="header-anchor" href="#ivp-report" aria-label="Permalink to &quot;ivp report&quot;">​</a></h1><p>Write the monitoring report of a plan as HTML, Markdown or JSON</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> report</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">pla</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">n</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Evaluates the plan and writes the monitoring report: the status of every indicator at a glance, the main goals with baseline, target, latest figure, change, fraction of the way, status and significance (the same assessment as ivp status), the police figure tables with their percentage changes and ° on changes chance alone could explain (as ivp table --mark-chance), per indicator its facts, the calculation behind its status and a chart, and Kernbeleid Veiligheid coverage. One self-contained HTML file with inline charts and an A4 print layout, Markdown for wikis and council systems, or the evaluated plan as JSON. The same input always gives the same bytes.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;plan&gt;</code></td><td>yes</td><td>A plan directory (containing plan.yaml) or a plan.yaml file.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-f, --format FORMAT</code></td><td>html: one self-contained file (no scripts, no downloads); md: Markdown; json: the evaluated plan (docs site: Reference, JSON of ivp report).</td><td><code>html</code>, <code>md</code>, <code>json</code></td><td><code>html</code></td></tr><tr><td><code>--lang LANG</code></td><td>Language of generated text; default the plan&#39;s language (Dutch).</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>--as-of PERIOD</code></td><td>Use only the figures known by the end of PERIOD: those whose period ends on or before it ends (2018, 2018-H1, 2018-01..2018-10, 2018MM10, ...). Default: every figure, so each indicator&#39;s latest.</td><td></td><td></td></tr><tr><td><code>--correction METHOD</code></td><td>The correction of the verdicts for testing many indicators at once: benjamini-hochberg (of the differences called, at most 5% are expected to be chance), holm (the chance of any false difference stays below 5%) or none. Default: the plan&#39;s conventions.multipleComparisons, else benjamini-hochberg.</td><td><code>benjamini-hochberg</code>, <code>holm</code>, <code>none</code></td><td></td></tr><tr><td><code>-o, --out FILE</code></td><td>Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>The Laren report as one HTML file; open it in a browser or print it to PDF.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> report</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> laren.html</span></span></code></pre></div><p>The report in English Markdown, on standard output.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> report</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> md</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --lang</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> en</span></span></code></pre></div><p>The evaluated plan as JSON, using only figures up to 2017.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> report</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --as-of</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> 2017</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> json</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the report was written</td></tr><tr><td><code>1</code></td><td>the plan is invalid, or the output cannot be written</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp report --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp report &lt;plan&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Evaluates the plan and writes the monitoring report: the status of every</span></span>
<span class="line"><span>indicator at a glance, the main goals with baseline, target, latest figure,</span></span>
<span class="line"><span>change, fraction of the way, status and significance (the same assessment as</span></span>
<span class="line"><span>ivp status), the police figure tables with their percentage changes and ° on</span></span>
<span class="line"><span>changes chance alone could explain (as ivp table --mark-chance), per indicator</span></span>
<span class="line"><span>its facts, the calculation behind its status and a chart, and Kernbeleid</span></span>
<span class="line"><span>Veiligheid coverage. One self-contained HTML file with inline charts and an A4</span></span>
<span class="line"><span>print layout, Markdown for wikis and council systems, or the evaluated plan as</span></span>
<span class="line"><span>JSON. The same input always gives the same bytes.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;plan&gt;  A plan directory (containing plan.yaml) or a plan.yaml file.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -f, --format FORMAT      html: one self-contained file (no scripts, no</span></span>
<span class="line"><span>                           downloads); md: Markdown; json: the evaluated plan</span></span>
<span class="line"><span>                           (docs site: Reference, JSON of ivp report). (one</span></span>
<span class="line"><span>                           of: html, md, json; default: html)</span></span>
<span class="line"><span>      --lang LANG          Language of generated text; default the plan&#39;s</span></span>
<span class="line"><span>                           language (Dutch). (one of: nl, en)</span></span>
<span class="line"><span>      --as-of PERIOD       Use only the figures known by the end of PERIOD:</span></span>
<span class="line"><span>                           those whose period ends on or before it ends (2018,</span></span>
<span class="line"><span>                           2018-H1, 2018-01..2018-10, 2018MM10, ...). Default:</span></span>
<span class="line"><span>                           every figure, so each indicator&#39;s latest.</span></span>
<span class="line"><span>      --correction METHOD  The correction of the verdicts for testing many</span></span>
<span class="line"><span>                           indicators at once: benjamini-hochberg (of the</span></span>
<span class="line"><span>                           differences called, at most 5% are expected to be</span></span>
<span class="line"><span>                           chance), holm (the chance of any false difference</span></span>
<span class="line"><span>                           stays below 5%) or none. Default: the plan&#39;s</span></span>
<span class="line"><span>                           conventions.multipleComparisons, else</span></span>
<span class="line"><span>                           benjamini-hochberg. (one of: benjamini-hochberg,</span></span>
<span class="line"><span>                           holm, none)</span></span>
<span class="line"><span>  -o, --out FILE           Write to FILE instead of standard output. The file</span></span>
<span class="line"><span>                           is written atomically (a temporary file, then a</span></span>
<span class="line"><span>                           rename); an input file is never overwritten.</span></span>
<span class="line"><span>  -h, --help               Show help for the command.</span></span>
<span class="line"><span>      --no-cache           Read the plan without the cache of validated plans</span></span>
<span class="line"><span>                           and do not store it there (the cache is in</span></span>
<span class="line"><span>                           $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR</span></span>
<span class="line"><span>                           moves it, IVP_NO_CACHE=1 turns it off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp report examples/laren-2019-2022 --out laren.html</span></span>
<span class="line"><span>      The Laren report as one HTML file; open it in a browser or print it to PDF.</span></span>
<span class="line"><span>  ivp report examples/laren-2019-2022 --format md --lang en</span></span>
<span class="line"><span>      The report in English Markdown, on standard output.</span></span>
<span class="line"><span>  ivp report examples/laren-2019-2022 --as-of 2017 --format json</span></span>
<span class="line"><span>      The evaluated plan as JSON, using only figures up to 2017.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the report was written</span></span>
<span class="line"><span>  1   the plan is invalid, or the output cannot be written</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/report.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const report = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  report as default
};
