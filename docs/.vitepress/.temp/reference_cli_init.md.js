import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp init","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/init.md","filePath":"reference/cli/init.md"}');
const _sfc_main = { name: "reference/cli/init.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-init" tabindex="-1">ivp init <a class="header-anchor" href="#ivp-init" aria-label="Permalink to &quot;ivp init&quot;">​</a></h1><p>Scaffold a new plan for a municipality</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> init</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">di</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">r</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Creates &lt;dir&gt;/plan.yaml and an empty data file &lt;dir&gt;/data/politie.csv: the Kernbeleid Veiligheid taxonomy, the usual police indicators mapped to their crime-type codes (so &#39;ivp import&#39; fills them in), a police table of the last three years with figures, each with its change against the year before (rolling: a newly imported year shows up without editing the plan), and TODO placeholders for the mission, the priorities and every baseline and target. The first line points editors with the YAML language server at the plan&#39;s JSON Schema, by a URL that is the same for everyone (the schema of the published @ivp/model on the jsDelivr CDN). The municipality is looked up in ivp&#39;s register of all 342 municipalities of 2024: by CBS code, by name as StatLine writes it, by common name or alias (Den Haag, Den Bosch, Nuenen), ignoring accents and case; an ambiguous name (Bergen) lists the candidates, a municipality merged away since 2014 (Weesp) names its successor, and a --code that contradicts the name is refused. Refuses to overwrite an existing plan.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;dir&gt;</code></td><td>yes</td><td>The directory of the new plan.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-m, --municipality NAME|CODE</code></td><td>The municipality: a name (Blaricum, &#39;Laren (NH.)&#39;, &#39;Den Haag&#39;, Hengelo) or a CBS code (GM0376). Required.</td><td></td><td></td></tr><tr><td><code>--code GMxxxx</code></td><td>The CBS code (GM and four digits), checked against the name; only for a municipality newer than ivp&#39;s register (2024) is it taken as given.</td><td></td><td></td></tr><tr><td><code>--period YYYY-YYYY</code></td><td>The years the plan covers, e.g. 2024-2027. Default: four years from next year.</td><td></td><td></td></tr><tr><td><code>--schema PATH</code></td><td>Path (relative to the plan) or URL of the plan JSON Schema for the editor line. Default: <a href="https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json" target="_blank" rel="noreferrer">https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json</a>.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>A plan for Blaricum (GM0376), 2024-2027.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> init</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> plans/blaricum</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --municipality</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> Blaricum</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --period</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> 2024-2027</span></span></code></pre></div><p>A plan for &#39;s-Gravenhage (GM0518), found by its everyday name.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> init</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> plans/den-haag</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --municipality</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &#39;Den Haag&#39;</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the plan was created</td></tr><tr><td><code>1</code></td><td>the plan exists already, or the municipality cannot be identified</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp init --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp init &lt;dir&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Creates &lt;dir&gt;/plan.yaml and an empty data file &lt;dir&gt;/data/politie.csv: the</span></span>
<span class="line"><span>Kernbeleid Veiligheid taxonomy, the usual police indicators mapped to their</span></span>
<span class="line"><span>crime-type codes (so &#39;ivp import&#39; fills them in), a police table of the last</span></span>
<span class="line"><span>three years with figures, each with its change against the year before</span></span>
<span class="line"><span>(rolling: a newly imported year shows up without editing the plan), and TODO</span></span>
<span class="line"><span>placeholders for the mission, the priorities and every baseline and target.</span></span>
<span class="line"><span>The first line points editors with the YAML language server at the plan&#39;s JSON</span></span>
<span class="line"><span>Schema, by a URL that is the same for everyone (the schema of the published</span></span>
<span class="line"><span>@ivp/model on the jsDelivr CDN). The municipality is looked up in ivp&#39;s</span></span>
<span class="line"><span>register of all 342 municipalities of 2024: by CBS code, by name as StatLine</span></span>
<span class="line"><span>writes it, by common name or alias (Den Haag, Den Bosch, Nuenen), ignoring</span></span>
<span class="line"><span>accents and case; an ambiguous name (Bergen) lists the candidates, a</span></span>
<span class="line"><span>municipality merged away since 2014 (Weesp) names its successor, and a --code</span></span>
<span class="line"><span>that contradicts the name is refused. Refuses to overwrite an existing plan.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;dir&gt;  The directory of the new plan.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -m, --municipality NAME|CODE  The municipality: a name (Blaricum, &#39;Laren</span></span>
<span class="line"><span>                                (NH.)&#39;, &#39;Den Haag&#39;, Hengelo) or a CBS code</span></span>
<span class="line"><span>                                (GM0376). Required.</span></span>
<span class="line"><span>      --code GMxxxx             The CBS code (GM and four digits), checked</span></span>
<span class="line"><span>                                against the name; only for a municipality</span></span>
<span class="line"><span>                                newer than ivp&#39;s register (2024) is it taken</span></span>
<span class="line"><span>                                as given.</span></span>
<span class="line"><span>      --period YYYY-YYYY        The years the plan covers, e.g. 2024-2027.</span></span>
<span class="line"><span>                                Default: four years from next year.</span></span>
<span class="line"><span>      --schema PATH             Path (relative to the plan) or URL of the plan</span></span>
<span class="line"><span>                                JSON Schema for the editor line. Default:</span></span>
<span class="line"><span>                                https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json.</span></span>
<span class="line"><span>  -h, --help                    Show help for the command.</span></span>
<span class="line"><span>      --no-cache                Read the plan without the cache of validated</span></span>
<span class="line"><span>                                plans and do not store it there (the cache is</span></span>
<span class="line"><span>                                in $XDG_CACHE_HOME/ivp or ~/.cache/ivp;</span></span>
<span class="line"><span>                                IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns</span></span>
<span class="line"><span>                                it off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp init plans/blaricum --municipality Blaricum --period 2024-2027</span></span>
<span class="line"><span>      A plan for Blaricum (GM0376), 2024-2027.</span></span>
<span class="line"><span>  ivp init plans/den-haag --municipality &#39;Den Haag&#39;</span></span>
<span class="line"><span>      A plan for &#39;s-Gravenhage (GM0518), found by its everyday name.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the plan was created</span></span>
<span class="line"><span>  1   the plan exists already, or the municipality cannot be identified</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/init.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const init = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  init as default
};
