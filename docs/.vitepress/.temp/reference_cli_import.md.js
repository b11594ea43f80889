import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp import","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/import.md","filePath":"reference/cli/import.md"}');
const _sfc_main = { name: "reference/cli/import.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-import" tabindex="-1">ivp import <a class="header-anchor" href="#ivp-import" aria-label="Permalink to &quot;ivp import&quot;">​</a></h1><p>Import police or CBS open data into a plan&#39;s data files</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> import</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">source-fil</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">e</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Reads a StatLine CSV download or a CBS OData TypedDataSet page (following odata.nextLink; police tables 47013NED, 47018NED, 47022NED and CBS 83648NED), keeps the registered crimes of the plan&#39;s municipality and areas for the crime types its series have codes for (codes: { police: &quot;1.1.1&quot; }), and adds or updates them in the plan&#39;s CSV data files. Inhabitants on 1 January (CBS 03759NED, StatLine CSV or OData; only the rows of all sexes, ages and marital states together) go into the series inwoners, with the plan&#39;s source cbs-bevolking, which is added to sources: when missing, never the police source. Importing the same file twice changes nothing. Shows what changed. Refuses an ambiguous mapping, a malformed file or a figure ivp validate would refuse (a negative or fractional count; a dot in a count separates thousands: 1.004 is 1004) with the file, line and column, and then writes nothing. Rewritten files are written atomically, with a backup (&lt;file&gt;.bak). While it reads and rewrites the plan it holds a lock file in the plan directory (.ivp-import.lock, with its process id, host and start time): a second import at the same time fails at once with exit code 75, naming the first; a lock left by an import that died (or older than an hour) is taken over. Just before it replaces a file it checks that nobody changed it meanwhile.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;source-file&gt;</code></td><td>yes</td><td>A StatLine CSV download, an OData JSON page, or the https address of an OData TypedDataSet.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-p, --plan PLAN</code></td><td>The plan to import into: a directory with plan.yaml, or the file. Required.</td><td></td><td></td></tr><tr><td><code>--from PERIOD</code></td><td>Only periods from this one on: 2022, 2022-Q1, 2022-01 or 2022MM01.</td><td></td><td></td></tr><tr><td><code>--to PERIOD</code></td><td>Only periods up to this one.</td><td></td><td></td></tr><tr><td><code>--data FILE</code></td><td>The data file (relative to the plan) for new figures; it is added to the plan&#39;s data: list when it is not there. Default: the plan&#39;s first data file, else data/politie.csv.</td><td></td><td></td></tr><tr><td><code>--source ID</code></td><td>The plan source id for the source column. Default: for inhabitants the CBS source cbs-bevolking (added when missing), for crimes the plan&#39;s one other open-data source.</td><td></td><td></td></tr><tr><td><code>-n, --dry-run</code></td><td>Show what would change, write nothing.</td><td></td><td></td></tr><tr><td><code>--first-page-only</code></td><td>For OData: read only the given page, do not follow odata.nextLink.</td><td></td><td></td></tr><tr><td><code>--verbose</code></td><td>List every added figure (by default at most 20 are listed).</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>Blaricum&#39;s registered crimes 2022-2023 from a StatLine download.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> import</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --plan</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/blaricum</span></span></code></pre></div><p>What an OData download from 2021 on would change.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> import</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> 47013NED-page-1.json</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --plan</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> my-plan</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --from</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> 2021</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --dry-run</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the figures were imported (or were there already)</td></tr><tr><td><code>1</code></td><td>the plan is invalid, the file is malformed, or the mapping is ambiguous; nothing was written</td></tr><tr><td><code>75</code></td><td>another ivp import is changing the plan (or another program changed its files meanwhile); nothing was written, run it again</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp import --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp import &lt;source-file&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Reads a StatLine CSV download or a CBS OData TypedDataSet page (following</span></span>
<span class="line"><span>odata.nextLink; police tables 47013NED, 47018NED, 47022NED and CBS 83648NED),</span></span>
<span class="line"><span>keeps the registered crimes of the plan&#39;s municipality and areas for the crime</span></span>
<span class="line"><span>types its series have codes for (codes: { police: &quot;1.1.1&quot; }), and adds or</span></span>
<span class="line"><span>updates them in the plan&#39;s CSV data files. Inhabitants on 1 January (CBS</span></span>
<span class="line"><span>03759NED, StatLine CSV or OData; only the rows of all sexes, ages and marital</span></span>
<span class="line"><span>states together) go into the series inwoners, with the plan&#39;s source</span></span>
<span class="line"><span>cbs-bevolking, which is added to sources: when missing, never the police</span></span>
<span class="line"><span>source. Importing the same file twice changes nothing. Shows what changed.</span></span>
<span class="line"><span>Refuses an ambiguous mapping, a malformed file or a figure ivp validate would</span></span>
<span class="line"><span>refuse (a negative or fractional count; a dot in a count separates thousands:</span></span>
<span class="line"><span>1.004 is 1004) with the file, line and column, and then writes nothing.</span></span>
<span class="line"><span>Rewritten files are written atomically, with a backup (&lt;file&gt;.bak). While it</span></span>
<span class="line"><span>reads and rewrites the plan it holds a lock file in the plan directory</span></span>
<span class="line"><span>(.ivp-import.lock, with its process id, host and start time): a second import</span></span>
<span class="line"><span>at the same time fails at once with exit code 75, naming the first; a lock</span></span>
<span class="line"><span>left by an import that died (or older than an hour) is taken over. Just before</span></span>
<span class="line"><span>it replaces a file it checks that nobody changed it meanwhile.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;source-file&gt;  A StatLine CSV download, an OData JSON page, or the https</span></span>
<span class="line"><span>                 address of an OData TypedDataSet.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -p, --plan PLAN        The plan to import into: a directory with plan.yaml,</span></span>
<span class="line"><span>                         or the file. Required.</span></span>
<span class="line"><span>      --from PERIOD      Only periods from this one on: 2022, 2022-Q1, 2022-01</span></span>
<span class="line"><span>                         or 2022MM01.</span></span>
<span class="line"><span>      --to PERIOD        Only periods up to this one.</span></span>
<span class="line"><span>      --data FILE        The data file (relative to the plan) for new figures;</span></span>
<span class="line"><span>                         it is added to the plan&#39;s data: list when it is not</span></span>
<span class="line"><span>                         there. Default: the plan&#39;s first data file, else</span></span>
<span class="line"><span>                         data/politie.csv.</span></span>
<span class="line"><span>      --source ID        The plan source id for the source column. Default:</span></span>
<span class="line"><span>                         for inhabitants the CBS source cbs-bevolking (added</span></span>
<span class="line"><span>                         when missing), for crimes the plan&#39;s one other</span></span>
<span class="line"><span>                         open-data source.</span></span>
<span class="line"><span>  -n, --dry-run          Show what would change, write nothing.</span></span>
<span class="line"><span>      --first-page-only  For OData: read only the given page, do not follow</span></span>
<span class="line"><span>                         odata.nextLink.</span></span>
<span class="line"><span>      --verbose          List every added figure (by default at most 20 are</span></span>
<span class="line"><span>                         listed).</span></span>
<span class="line"><span>  -h, --help             Show help for the command.</span></span>
<span class="line"><span>      --no-cache         Read the plan without the cache of validated plans</span></span>
<span class="line"><span>                         and do not store it there (the cache is in</span></span>
<span class="line"><span>                         $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR</span></span>
<span class="line"><span>                         moves it, IVP_NO_CACHE=1 turns it off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp import fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv --plan examples/blaricum</span></span>
<span class="line"><span>      Blaricum&#39;s registered crimes 2022-2023 from a StatLine download.</span></span>
<span class="line"><span>  ivp import 47013NED-page-1.json --plan my-plan --from 2021 --dry-run</span></span>
<span class="line"><span>      What an OData download from 2021 on would change.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the figures were imported (or were there already)</span></span>
<span class="line"><span>  1   the plan is invalid, the file is malformed, or the mapping is ambiguous; nothing was written</span></span>
<span class="line"><span>  75  another ivp import is changing the plan (or another program changed its files meanwhile); nothing was written, run it again</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/import.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const _import = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  _import as default
};
