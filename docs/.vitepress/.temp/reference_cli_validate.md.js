import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp validate","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/validate.md","filePath":"reference/cli/validate.md"}');
const _sfc_main = { name: "reference/cli/validate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-validate" tabindex="-1">ivp validate <a class="header-anchor" href="#ivp-validate" aria-label="Permalink to &quot;ivp validate&quot;">​</a></h1><p>Check a plan&#39;s format, then lint its figures, targets and wording</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> validate</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">pla</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">n</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Reads the plan and its CSV data files and reports every problem as file:line:col severity code message, with what was expected and how to fix it: YAML syntax, wrong types, unknown or missing fields, bad periods, references to ids that do not exist, duplicate ids. A plan that loads is then linted: figures that contradict each other, targets that do not match their percentage, sub-rows that do not add up, printed percentages that differ from the computed ones, claims the figures contradict, typos in labels and source names, indicators without source, baseline or target. Each finding lists the other places involved (also at file:line:col) and, where possible, a fix. Rules are set per plan under lint: { rules: { &lt;rule-id&gt;: off|info|warning|error } }. A finding the plan&#39;s owner knows of and accepts (a slip in an adopted document that the plan keeps as printed) goes under lint: { acknowledged: [{ rule, at, reason }] }, with the rule id and the field the finding points at first (its field in --format json): it is still reported, marked acknowledged, and an acknowledged error does not make the plan invalid.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;plan&gt;</code></td><td>yes</td><td>A plan directory (containing plan.yaml) or a plan.yaml file.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>--format FORMAT</code></td><td>text: one line per problem; json: a machine-readable report.</td><td><code>text</code>, <code>json</code></td><td><code>text</code></td></tr><tr><td><code>--lang LANG</code></td><td>Language of the lint messages; default the plan&#39;s language.</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>--placeholders-as-errors</code></td><td>Treat texts that still start with TODO (placeholders from ivp init and ivp bulk; lint rule placeholder, a warning by default) as errors, so the plan is invalid until they are written: for a plan on its way to the council.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>Check the Laren example.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> validate</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span></span></code></pre></div><p>Fails while the Blaricum example still has TODO placeholders.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> validate</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/blaricum</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --placeholders-as-errors</span></span></code></pre></div><p>The same, with the findings in English.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> validate</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --lang</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> en</span></span></code></pre></div><p>Problems as JSON, for editors and CI.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> validate</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> my-plan/plan.yaml</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> json</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the plan is valid (warnings, infos and acknowledged errors do not count)</td></tr><tr><td><code>1</code></td><td>the plan or a data file has errors, or a lint rule reports an error the plan does not acknowledge</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp validate --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp validate &lt;plan&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Reads the plan and its CSV data files and reports every problem as</span></span>
<span class="line"><span>file:line:col severity code message, with what was expected and how to fix it:</span></span>
<span class="line"><span>YAML syntax, wrong types, unknown or missing fields, bad periods, references</span></span>
<span class="line"><span>to ids that do not exist, duplicate ids. A plan that loads is then linted:</span></span>
<span class="line"><span>figures that contradict each other, targets that do not match their</span></span>
<span class="line"><span>percentage, sub-rows that do not add up, printed percentages that differ from</span></span>
<span class="line"><span>the computed ones, claims the figures contradict, typos in labels and source</span></span>
<span class="line"><span>names, indicators without source, baseline or target. Each finding lists the</span></span>
<span class="line"><span>other places involved (also at file:line:col) and, where possible, a fix.</span></span>
<span class="line"><span>Rules are set per plan under lint: { rules: { &lt;rule-id&gt;:</span></span>
<span class="line"><span>off|info|warning|error } }. A finding the plan&#39;s owner knows of and accepts (a</span></span>
<span class="line"><span>slip in an adopted document that the plan keeps as printed) goes under lint: {</span></span>
<span class="line"><span>acknowledged: [{ rule, at, reason }] }, with the rule id and the field the</span></span>
<span class="line"><span>finding points at first (its field in --format json): it is still reported,</span></span>
<span class="line"><span>marked acknowledged, and an acknowledged error does not make the plan invalid.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;plan&gt;  A plan directory (containing plan.yaml) or a plan.yaml file.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>      --format FORMAT           text: one line per problem; json: a</span></span>
<span class="line"><span>                                machine-readable report. (one of: text, json;</span></span>
<span class="line"><span>                                default: text)</span></span>
<span class="line"><span>      --lang LANG               Language of the lint messages; default the</span></span>
<span class="line"><span>                                plan&#39;s language. (one of: nl, en)</span></span>
<span class="line"><span>      --placeholders-as-errors  Treat texts that still start with TODO</span></span>
<span class="line"><span>                                (placeholders from ivp init and ivp bulk; lint</span></span>
<span class="line"><span>                                rule placeholder, a warning by default) as</span></span>
<span class="line"><span>                                errors, so the plan is invalid until they are</span></span>
<span class="line"><span>                                written: for a plan on its way to the council.</span></span>
<span class="line"><span>  -h, --help                    Show help for the command.</span></span>
<span class="line"><span>      --no-cache                Read the plan without the cache of validated</span></span>
<span class="line"><span>                                plans and do not store it there (the cache is</span></span>
<span class="line"><span>                                in $XDG_CACHE_HOME/ivp or ~/.cache/ivp;</span></span>
<span class="line"><span>                                IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns</span></span>
<span class="line"><span>                                it off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp validate examples/laren-2019-2022</span></span>
<span class="line"><span>      Check the Laren example.</span></span>
<span class="line"><span>  ivp validate examples/blaricum --placeholders-as-errors</span></span>
<span class="line"><span>      Fails while the Blaricum example still has TODO placeholders.</span></span>
<span class="line"><span>  ivp validate examples/laren-2019-2022 --lang en</span></span>
<span class="line"><span>      The same, with the findings in English.</span></span>
<span class="line"><span>  ivp validate my-plan/plan.yaml --format json</span></span>
<span class="line"><span>      Problems as JSON, for editors and CI.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the plan is valid (warnings, infos and acknowledged errors do not count)</span></span>
<span class="line"><span>  1   the plan or a data file has errors, or a lint rule reports an error the plan does not acknowledge</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/validate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validate as default
};
