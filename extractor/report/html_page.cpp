#include "report/html_page.h"

#include "report/html.h"
#include "report/sections.h"
#include "util/text.h"

namespace occx {

namespace {

const char* const kStyle = R"CSS(
:root{--g:#1b7a3a;--a:#b86e00;--r:#c0262d;--n:#6b7280;--ink:#1d2430;--mute:#5b6472;--line:#dfe3ea;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{background:#17324d;color:#fff;padding:18px 28px 14px}
header h1{margin:0 0 4px;font-size:22px;font-weight:600}
header p{margin:0;color:#c9d6e3}
nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:8px 28px;display:flex;gap:18px;align-items:center;flex-wrap:wrap}
nav a{color:#17324d;font-weight:600;text-decoration:none}
nav input{margin-left:auto;padding:5px 9px;border:1px solid #b9c1cc;border-radius:4px;min-width:260px}
main{max-width:1280px;margin:0 auto;padding:10px 28px 40px}
h2{font-size:19px;margin:26px 0 10px;border-bottom:2px solid #17324d;padding-bottom:4px}
h3{font-size:16px;margin:0 0 2px}
h4{margin:14px 0 4px;font-size:14px}
a{color:#1f5f9e}
.legend{display:flex;gap:16px;flex-wrap:wrap;color:var(--mute);margin:8px 0 2px}
.legend svg{vertical-align:middle}
figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 10px 4px}
figcaption{font-weight:600;color:var(--mute);font-size:12.5px}
figure.wide{max-width:820px}
svg.chart{width:100%;height:auto;display:block}
.grid{stroke:#e7eaef}.tick{stroke:#9aa3af}
.ylab{font-size:10.5px;fill:var(--mute);text-anchor:end;dominant-baseline:middle}
.xlab{font-size:10.5px;fill:var(--mute);text-anchor:middle}
path.actual{fill:none;stroke:#17324d;stroke-width:1.6}
path.target{fill:none;stroke:#8a94a3;stroke-width:1.4;stroke-dasharray:5 4}
.break line{stroke:#7c3aed;stroke-width:1.5;stroke-dasharray:6 3}.break text{fill:#7c3aed;font-size:10.5px;font-weight:600}
.retitle line{stroke:#9aa3af;stroke-dasharray:2 3}.retitle text{fill:var(--mute);font-size:10px}
.fG{fill:var(--g);background:var(--g)}.fA{fill:var(--a);background:var(--a)}.fR{fill:url(#hatch);background:repeating-linear-gradient(45deg,var(--r) 0 4px,#e58a8e 4px 6px)}.fN{fill:#c3c8d0;background:#c3c8d0}
.st-g{color:var(--g)}.st-a{color:var(--a)}.st-r{color:var(--r)}.st-n{color:var(--n)}
.st-g,.st-a,.st-r{font-weight:600}
table{border-collapse:collapse;background:#fff;margin:4px 0 8px;font-size:13px}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.warn{background:#fff4e0}
tr.total td{font-weight:600}
.bar{display:flex;width:160px;height:12px;border-radius:2px;overflow:hidden;margin-top:3px}.bar i{display:block;height:100%}
details.earlier>summary{cursor:pointer;font-weight:600;color:#1f5f9e;margin:8px 0}
details.period{background:#fff;border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:6px 12px}
details.period>summary{cursor:pointer;font-size:14.5px}
details.period[open]>summary{margin-bottom:6px}
ul.changes,ul.exceptions{margin:2px 0;padding-left:20px}
q{color:var(--mute);font-size:12.5px}
.toc{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0 10px;font-size:13px}
section.measure{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 14px;margin:12px 0}
section.measure .mid{font-family:ui-monospace,"DejaVu Sans Mono",monospace;background:#eef1f5;padding:1px 6px;border-radius:3px}
.meta{margin:0 0 6px;color:var(--mute)}
ol.series{margin:4px 0 8px;padding-left:22px;color:#5b21b6}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:10px}
.charts figure{border:none;padding:0}
details.values summary{cursor:pointer;color:#1f5f9e;margin-top:4px}
.note{color:var(--mute);margin:2px 0 6px}
.sev-error{color:var(--r);font-weight:600}.sev-warning{color:var(--a);font-weight:600}.sev-info{color:var(--n)}
#page-errors{background:#fde8e8;color:#8a1c1c;padding:8px 28px;white-space:pre-wrap}
.nochart{color:var(--mute);font-style:italic}
@media print{nav{display:none}details{display:block}}
)CSS";

// Reports script errors on the page itself (a test reads them from the DOM), then filters
// the measure panels by what is typed in the search box.
const char* const kErrorHook =
    "<script>window.addEventListener('error',function(e){var p=document.getElementById('page-errors');"
    "if(p){p.hidden=false;p.textContent+=e.message+'\\n';}});</script>";
const char* const kFilterScript =
    "<script>(function(){var box=document.getElementById('find');var panels=document.querySelectorAll('section.measure');"
    "box.addEventListener('input',function(){var q=box.value.trim().toLowerCase();var shown=0;"
    "panels.forEach(function(p){var on=!q||p.dataset.filter.indexOf(q)>=0;p.hidden=!on;if(on)shown++;});"
    "document.getElementById('shown').textContent=shown;});})();</script>";

// Marker shapes (one per status) and the hatch of RED bars, defined once for every chart.
const char* const kDefs =
    "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>"
    "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
    "<rect width=\"6\" height=\"6\" fill=\"#c0262d\"/><rect width=\"2\" height=\"6\" fill=\"#e58a8e\"/></pattern>"
    "<circle id=\"sG\" r=\"4.6\" fill=\"#1b7a3a\" stroke=\"#fff\" stroke-width=\"1\"/>"
    "<path id=\"sA\" d=\"M0,-6L5.5,3.8H-5.5Z\" fill=\"#b86e00\" stroke=\"#fff\" stroke-width=\"1\"/>"
    "<rect id=\"sR\" x=\"-4.4\" y=\"-4.4\" width=\"8.8\" height=\"8.8\" fill=\"#c0262d\" stroke=\"#fff\" stroke-width=\"1\"/>"
    "<path id=\"sN\" d=\"M0,-5L5,0L0,5L-5,0Z\" fill=\"#fff\" stroke=\"#6b7280\" stroke-width=\"1.6\"/>"
    "</defs></svg>";

std::string legend() {
    auto icon = [](const char* symbol) {
        return std::string("<svg width=\"14\" height=\"14\" viewBox=\"-7 -7 14 14\"><use href=\"#") + symbol + "\"/></svg>";
    };
    return "<div class=\"legend\"><span>" + icon("sG") + " GREEN</span><span>" + icon("sA") + " AMBER</span><span>" +
           icon("sR") + " RED</span><span>" + icon("sN") + " NA, NR or none</span>"
           "<span><svg width=\"26\" height=\"8\"><path class=\"actual\" d=\"M0,4H26\"/></svg> actual</span>"
           "<span><svg width=\"26\" height=\"8\"><path class=\"target\" d=\"M0,4H26\"/></svg> target</span>"
           "<span><svg width=\"14\" height=\"14\"><line x1=\"7\" x2=\"7\" y1=\"0\" y2=\"14\" stroke=\"#7c3aed\" "
           "stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/></svg> new series (the id was re-used)</span>"
           "<span><svg width=\"14\" height=\"14\"><line x1=\"7\" x2=\"7\" y1=\"0\" y2=\"14\" stroke=\"#9aa3af\" "
           "stroke-dasharray=\"2 2\"/></svg> title reworded</span></div>";
}

std::string scope_text(const HistoryReport& r) {
    std::string s = std::to_string(r.reports.size()) + " reports, " + std::to_string(r.measures.size()) + " measures";
    if (!r.filter.since.empty() || !r.filter.until.empty())
        s += ", " + (r.filter.since.empty() ? std::string("start") : r.filter.since) + " to " +
             (r.filter.until.empty() ? std::string("latest") : r.filter.until);
    return s;
}

std::string measure_index(const HistoryReport& report) {
    std::string out = "<div class=\"toc\">";
    for (const auto& m : report.measures) {
        const auto& last = m.series.back().observations.back();
        out += std::string("<a href=\"#m-") + html_escape(m.measure_id) + "\" class=\"" +
               status_look(last.record.period.status).css + "\">" + status_look(last.record.period.status).glyph + " " +
               html_escape(m.measure_id) + "</a>";
    }
    return out + "</div>";
}

}  // namespace

void write_html_report(const HistoryReport& report, std::ostream& out) {
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<title>Performance history \xE2\x80\x94 occx</title><style>"
        << kStyle << "</style>" << kErrorHook << "</head><body>" << kDefs
        << "<div id=\"page-errors\" hidden></div><header><h1>Performance history</h1><p>"
        << html_escape(scope_text(report)) << " \xC2\xB7 from " << html_escape(report.archive) << " \xC2\xB7 made by occx "
        << OCCX_VERSION << " on " << utc_now("%Y-%m-%d %H:%M UTC") << "</p></header><nav><a href=\"#overview\">Overview</a>"
        << "<a href=\"#measures\">Measures</a><a href=\"#quality\">Data quality</a>"
        << "<input id=\"find\" type=\"search\" placeholder=\"Filter measures by id or title\" aria-label=\"Filter measures\">"
        << "</nav><main>" << legend() << overview_section(report);
    out << "<section id=\"measures\"><h2>Measures (<span id=\"shown\">" << report.measures.size()
        << "</span>)</h2>" << measure_index(report);
    for (const auto& m : report.measures) out << measure_panel(m);
    out << "</section>" << quality_section(report) << "</main>" << kFilterScript << "</body></html>\n";
}

}  // namespace occx
