//! Where a word rises: once every count is known, the counts by year and
//! place (`library::trend`) as a chart in SVG, which says in words what it
//! shows, and the table of the numbers beside it.

use super::link::link_to;
use super::state::Search;
use crate::library::trend::{trend, Trend};
use crate::ui::browser;
use std::fmt::Write as _;

/// Places drawn at most (the most matches first).
const MOST: usize = 6;
const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 26.0;

/// A coordinate in whole units: formatting floats would cost the wasm
/// its float-printing code (about 10 KB).
fn at(value: f64) -> i64 {
    (value + 0.5) as i64
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn paint_trend(search: &Search) {
    let page = &search.page;
    let current = search.current.borrow();
    let listing = search.listing.borrow().clone().unwrap_or_default();
    let ready = current.done && current.results.reports() > 0;
    browser::set_flag(&page.trend_switch, "hidden", !ready);
    browser::set_aria(&page.trend_switch, "aria-pressed", search.trend.get());
    let shown = ready && search.trend.get();
    browser::set_flag(&page.trend_view, "hidden", !shown);
    let html = if shown {
        let trend = trend(&current.results, &listing.reports, MOST);
        let links: Vec<Vec<Option<String>>> = trend
            .reports
            .iter()
            .map(|row| {
                row.iter()
                    .map(|at| Some(link_to(listing.reports.get((*at)?)?, &current.query)))
                    .collect()
            })
            .collect();
        format!("{}{}", chart(&trend, &current.query), table(&trend, &links))
    } else {
        String::new()
    };
    page.trend_view.set_inner_html(&html);
}

/// The chart: a line a place, a dot a report, gaps where a place has no
/// report of the year.
fn chart(trend: &Trend, query: &str) -> String {
    let (Some(&first), Some(&last)) = (trend.years.first(), trend.years.last()) else {
        return String::new();
    };
    let top = trend
        .counts
        .iter()
        .flatten()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let x = |year: i32| {
        LEFT + f64::from(year - first) / f64::from((last - first).max(1)) * (WIDTH - LEFT - RIGHT)
    };
    let y = |count: u32| TOP + (1.0 - f64::from(count) / f64::from(top)) * (HEIGHT - TOP - BOTTOM);
    let mut marks = String::new();
    for (place, counts) in trend.counts.iter().enumerate() {
        let mut path = String::new();
        let mut pen_up = true;
        for (&year, count) in trend.years.iter().zip(counts) {
            let Some(count) = count else {
                pen_up = true;
                continue;
            };
            let _ = write!(
                path,
                "{}{},{}",
                if pen_up { "M" } else { "L" },
                at(x(year)),
                at(y(*count))
            );
            pen_up = false;
            let _ = write!(
                marks,
                "<circle class=\"trend-{place}\" cx=\"{}\" cy=\"{}\" r=\"3\"></circle>",
                at(x(year)),
                at(y(*count))
            );
        }
        let _ = write!(marks, "<path class=\"trend-{place}\" d=\"{path}\"></path>");
    }
    let (place, year, most) = trend.busiest().unwrap_or((0, first, 0));
    let said = format!(
        "“{}”在{first}—{last}年各报告中出现的次数，最多的是{}{}年的 {most} 处；数字见下表。",
        escaped(query),
        escaped(trend.places.get(place).map_or("", String::as_str)),
        year
    );
    format!(
        "<figure class=\"trend-chart\"><svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{said}\">\
<line class=\"chart-axis\" x1=\"{left}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\"></line>\
<text class=\"chart-label\" x=\"{l}\" y=\"{t}\" text-anchor=\"end\">{top}</text>\
<text class=\"chart-label\" x=\"{l}\" y=\"{b4}\" text-anchor=\"end\">0</text>\
<text class=\"chart-label\" x=\"{left}\" y=\"{yl}\" text-anchor=\"middle\">{first}</text>\
<text class=\"chart-label\" x=\"{r}\" y=\"{yl}\" text-anchor=\"middle\">{last}</text>{marks}</svg>\
<figcaption>{said}</figcaption></figure>",
        at(WIDTH),
        at(HEIGHT),
        left = at(LEFT),
        b = at(y(0)),
        r = at(WIDTH - RIGHT),
        l = at(LEFT - 6.0),
        t = at(y(top) + 4.0),
        b4 = at(y(0) + 4.0),
        yl = at(HEIGHT - 6.0),
    )
}

/// The numbers: a row a year, a column a place (its line's colour), each
/// a link to its report with every match marked.
fn table(trend: &Trend, links: &[Vec<Option<String>>]) -> String {
    let mut html = String::from("<div class=\"trend-scroll\"><table class=\"trend-table\"><thead><tr><th scope=\"col\">年份</th>");
    for (index, place) in trend.places.iter().enumerate() {
        let _ = write!(
            html,
            "<th scope=\"col\"><span class=\"trend-key trend-{index}\"></span>{}</th>",
            escaped(place)
        );
    }
    html.push_str("</tr></thead><tbody>");
    for (column, year) in trend.years.iter().enumerate() {
        let _ = write!(html, "<tr><th scope=\"row\">{year}年</th>");
        for (counts, links) in trend.counts.iter().zip(links) {
            match (counts[column], &links[column]) {
                (Some(count), Some(href)) => {
                    let _ = write!(html, "<td><a href=\"{}\">{count}</a></td>", escaped(href));
                }
                (Some(count), None) => {
                    let _ = write!(html, "<td>{count}</td>");
                }
                (None, _) => html.push_str("<td class=\"none\">—</td>"),
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    if trend.more_places > 0 {
        let _ = write!(
            html,
            "<p class=\"trend-more\">另有 {} 个地方也提到，未列出。</p>",
            trend.more_places
        );
    }
    html
}
