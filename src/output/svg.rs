//! Charts as inline SVG for html reports: plain shapes and text with every
//! style an attribute, sized in pixels, in the reader's own sans-serif font,
//! so a page needs no script, stylesheet or font file.

use std::fmt::Write as _;

use crate::table::{Bar, Chart, trim_decimals};

const WIDTH: f64 = 640.0;
const INK: &str = "#1a202c";
const MUTED: &str = "#4a5568";
const GRID: &str = "#e2e8f0";
const BLUE: &str = "#2b6cb0";
const RED: &str = "#c53030";
const FONT: &str = "Helvetica, Arial, sans-serif";

/// Returns the SVG element drawing `chart`, titled `title` (its title as
/// people read it).
pub fn chart(chart: &Chart, title: &str) -> String {
    match chart {
        Chart::Bars { bars, .. } => bars_svg(title, bars),
        Chart::Columns { columns, .. } => columns_svg(title, columns),
        Chart::Lines { labels, series, .. } => lines_svg(title, labels, series),
        Chart::Heatmap {
            rows,
            columns,
            cells,
            ..
        } => heatmap_svg(title, rows, columns, cells),
        Chart::Scatter(c) => {
            let catalogue = crate::lang::catalogue();
            scatter_svg(
                title,
                (&catalogue.label(&c.axes.0), &catalogue.label(&c.axes.1)),
                c.ranges,
                &c.quadrants.clone().map(|q| catalogue.label(&q)),
                &c.points,
            )
        }
    }
}

/// Draws labelled points on a square plot, the quadrants split at the
/// middle of each range and named in their corners.
fn scatter_svg(
    title: &str,
    axes: (&str, &str),
    ranges: ((f64, f64), (f64, f64)),
    quadrants: &[String; 4],
    points: &[(String, f64, f64)],
) -> String {
    let (left, top, size) = (56.0, 16.0, 400.0);
    let height = top + size + 44.0;
    let ((x0, x1), (y0, y1)) = ranges;
    let span = |a: f64, b: f64| if b > a { b - a } else { 1.0 };
    let x_of = |x: f64| left + (x.clamp(x0, x1) - x0) / span(x0, x1) * size;
    let y_of = |y: f64| top + (y1 - y.clamp(y0, y1)) / span(y0, y1) * size;
    let mut s = open(WIDTH, height, title);
    let (mx, my) = (x_of((x0 + x1) / 2.0), y_of((y0 + y1) / 2.0));
    let _ = write!(
        s,
        "<rect x=\"{left}\" y=\"{top}\" width=\"{size}\" height=\"{size}\" fill=\"none\" stroke=\"{GRID}\"/>\
         <line x1=\"{mx:.1}\" y1=\"{top}\" x2=\"{mx:.1}\" y2=\"{b:.1}\" stroke=\"{GRID}\"/>\
         <line x1=\"{left}\" y1=\"{my:.1}\" x2=\"{r:.1}\" y2=\"{my:.1}\" stroke=\"{GRID}\"/>",
        b = top + size,
        r = left + size,
    );
    let corners = [
        (left + 6.0, top + 16.0, "start"),
        (left + size - 6.0, top + 16.0, "end"),
        (left + 6.0, top + size - 8.0, "start"),
        (left + size - 6.0, top + size - 8.0, "end"),
    ];
    for ((x, y, anchor), name) in corners.iter().zip(quadrants) {
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" fill=\"{MUTED}\" font-size=\"11\">{n}</text>",
            n = escape(name)
        );
    }
    for (v, label) in [(x0, x0), (x1, x1)] {
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" fill=\"{MUTED}\" font-size=\"11\">{t}</text>",
            x = x_of(v),
            y = top + size + 14.0,
            t = trim_decimals(label, 2)
        );
    }
    for (v, label) in [(y0, y0), (y1, y1)] {
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"end\" fill=\"{MUTED}\" font-size=\"11\">{t}</text>",
            x = left - 6.0,
            y = y_of(v) + 4.0,
            t = trim_decimals(label, 2)
        );
    }
    let _ = write!(
        s,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" fill=\"{INK}\">{xa}</text>\
         <text x=\"14\" y=\"{ym:.1}\" text-anchor=\"middle\" fill=\"{INK}\" transform=\"rotate(-90 14 {ym:.1})\">{ya}</text>",
        x = left + size / 2.0,
        y = top + size + 34.0,
        ym = top + size / 2.0,
        xa = escape(axes.0),
        ya = escape(axes.1),
    );
    for (label, x, y) in points {
        let (px, py) = (x_of(*x), y_of(*y));
        let _ = write!(
            s,
            "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"5\" fill=\"{BLUE}\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" fill=\"{INK}\">{l}</text>",
            tx = px + 8.0,
            ty = py + 4.0,
            l = escape(label)
        );
    }
    s.push_str("</svg>");
    s
}

/// Escapes text for XML content and attribute values; control characters
/// are shown as symbols ([`crate::diag::picture`]).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_control() => out.push(crate::diag::picture(c)),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn open(width: f64, height: f64, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{t}\" font-family=\"{FONT}\" font-size=\"12\">",
        w = width.round(),
        h = height.round(),
        t = escape(title)
    )
}

/// The width text of `chars` characters takes at 12 px, roughly.
fn text_width(chars: usize) -> f64 {
    chars as f64 * 6.8
}

fn longest(labels: impl Iterator<Item = usize>) -> usize {
    labels.max().unwrap_or(0)
}

/// Horizontal bars: label, bar, value text.
fn bars_svg(title: &str, bars: &[Bar]) -> String {
    let label_w =
        text_width(longest(bars.iter().map(|b| b.label.chars().count()))).clamp(60.0, 220.0) + 8.0;
    let text_w = text_width(longest(bars.iter().map(|b| b.text.chars().count()))).max(40.0) + 8.0;
    let bar_w = (WIDTH - label_w - text_w).max(120.0);
    let row = 26.0;
    let height = row * bars.len() as f64 + 8.0;
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let mut s = open(label_w + bar_w + text_w, height, title);
    for (i, b) in bars.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let len = if max > 0.0 {
            (b.value.max(0.0) / max * bar_w).max(if b.value > 0.0 { 1.0 } else { 0.0 })
        } else {
            0.0
        };
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{ty:.1}\" text-anchor=\"end\" fill=\"{INK}\">{label}</text>\
             <rect x=\"{bx:.1}\" y=\"{by:.1}\" width=\"{len:.1}\" height=\"18\" fill=\"{BLUE}\" rx=\"2\"/>\
             <text x=\"{vx:.1}\" y=\"{ty:.1}\" fill=\"{MUTED}\">{text}</text>",
            x = label_w - 8.0,
            ty = y + 13.5,
            label = escape(&b.label),
            bx = label_w,
            by = y + 1.0,
            vx = label_w + len + 6.0,
            text = escape(&b.text),
        );
    }
    s.push_str("</svg>");
    s
}

/// A step between axis ticks that is 1, 2 or 5 times a power of ten.
fn nice_step(span: f64, ticks: f64) -> f64 {
    if span <= 0.0 {
        return 1.0;
    }
    let raw = span / ticks;
    let power = 10f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Writes an axis tick compactly (950, 1.5k, 1.25k, 12k, 1.2M) with as
/// many decimals as the step between ticks needs, so that two ticks never
/// read the same (1200 and 1250 are not both "1.2k").
/// Draws the horizontal grid lines and value labels of a chart's y axis,
/// from `lo` to `hi` every `step`, between `left` and `WIDTH - right`.
fn grid(
    s: &mut String,
    (lo, hi, step): (f64, f64, f64),
    (left, right): (f64, f64),
    y_of: impl Fn(f64) -> f64,
) {
    let mut tick = lo;
    while tick <= hi + step / 2.0 {
        let y = y_of(tick);
        let _ = write!(
            s,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{x2}\" y2=\"{y:.1}\" stroke=\"{GRID}\"/>\
             <text x=\"{tx}\" y=\"{ty:.1}\" text-anchor=\"end\" fill=\"{MUTED}\" font-size=\"11\">{label}</text>",
            x2 = WIDTH - right,
            tx = left - 6.0,
            ty = y + 4.0,
            label = compact(tick, step),
        );
        tick += step;
    }
}

fn compact(x: f64, step: f64) -> String {
    let a = x.abs();
    let (unit, suffix) = if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        (1.0, "")
    };
    // The fewest decimals that write the step in the unit exactly.
    let scaled = step / unit;
    let decimals = (0..9)
        .find(|&d| {
            let shifted = scaled * 10f64.powi(d);
            (shifted - shifted.round()).abs() < 1e-6 * shifted.max(1.0)
        })
        .unwrap_or(9) as usize;
    format!("{}{suffix}", trim_decimals(x / unit, decimals))
}

/// Vertical columns over a zero line, with a value axis.
fn columns_svg(title: &str, columns: &[Bar]) -> String {
    let (left, right, top, bottom) = (56.0, 12.0, 16.0, 40.0);
    let height = 240.0;
    let plot_w = WIDTH - left - right;
    let plot_h = height - top - bottom;
    let lo = columns.iter().map(|c| c.value).fold(0.0_f64, f64::min);
    let hi = columns.iter().map(|c| c.value).fold(0.0_f64, f64::max);
    let whole = columns.iter().all(|c| c.value.fract() == 0.0);
    let step = nice_step(hi - lo, 4.0);
    // Counts never get ticks between whole numbers.
    let step = if whole { step.max(1.0) } else { step };
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let hi = if hi <= lo { lo + step } else { hi };
    let y_of = |v: f64| top + (hi - v) / (hi - lo) * plot_h;
    let mut s = open(WIDTH, height, title);
    grid(&mut s, (lo, hi, step), (left, right), y_of);
    let n = columns.len().max(1) as f64;
    let slot = plot_w / n;
    let col_w = (slot * 0.7).min(48.0);
    let label_every = (columns.len() as f64 / 12.0).ceil().max(1.0) as usize;
    let zero = y_of(0.0);
    for (i, c) in columns.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - col_w) / 2.0;
        let y = y_of(c.value.max(0.0));
        let h = (y_of(c.value.min(0.0)) - y).max(0.0);
        let fill = if c.value < 0.0 { RED } else { BLUE };
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{col_w:.1}\" height=\"{h:.1}\" fill=\"{fill}\"/>"
        );
        if columns.len() <= 16 && !c.text.is_empty() {
            let ty = if c.value < 0.0 { y + h + 12.0 } else { y - 4.0 };
            let _ = write!(
                s,
                "<text x=\"{cx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\" fill=\"{INK}\" font-size=\"10\">{t}</text>",
                cx = x + col_w / 2.0,
                t = escape(&c.text),
            );
        }
        if i % label_every == 0 {
            let _ = write!(
                s,
                "<text x=\"{cx:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\" fill=\"{MUTED}\" font-size=\"11\">{l}</text>",
                cx = x + col_w / 2.0,
                ly = height - bottom + 16.0,
                l = escape(&c.label),
            );
        }
    }
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{zero:.1}\" x2=\"{x2}\" y2=\"{zero:.1}\" stroke=\"{MUTED}\"/></svg>",
        x2 = WIDTH - right
    );
    s
}

/// Lines over a value axis, one per series (blue, then red), with a legend.
fn lines_svg(title: &str, labels: &[String], series: &[(String, Vec<f64>)]) -> String {
    let (left, right, top, bottom) = (56.0, 12.0, 28.0, 40.0);
    let height = 260.0;
    let plot_w = WIDTH - left - right;
    let plot_h = height - top - bottom;
    let values = || series.iter().flat_map(|(_, v)| v.iter().copied());
    let lo = values().fold(0.0_f64, f64::min);
    let hi = values().fold(0.0_f64, f64::max);
    let step = nice_step(hi - lo, 4.0);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let hi = if hi <= lo { lo + step } else { hi };
    let y_of = |v: f64| top + (hi - v) / (hi - lo) * plot_h;
    let n = labels.len().max(2) as f64;
    let x_of = |i: usize| left + plot_w * i as f64 / (n - 1.0);
    let mut s = open(WIDTH, height, title);
    grid(&mut s, (lo, hi, step), (left, right), y_of);
    let label_every = (labels.len() as f64 / 6.0).ceil().max(1.0) as usize;
    for (i, l) in labels.iter().enumerate().step_by(label_every) {
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" fill=\"{MUTED}\" font-size=\"11\">{l}</text>",
            x = x_of(i),
            y = height - bottom + 16.0,
            l = escape(l),
        );
    }
    for (k, (name, points)) in series.iter().enumerate() {
        let color = if k % 2 == 0 { BLUE } else { RED };
        let path: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x_of(i), y_of(*v)))
            .collect();
        let dash = if k % 2 == 0 {
            ""
        } else {
            " stroke-dasharray=\"5 3\""
        };
        let legend_x = left + 8.0 + 160.0 * k as f64;
        let _ = write!(
            s,
            "<polyline points=\"{p}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{dash}/>\
             <line x1=\"{legend_x:.1}\" y1=\"12\" x2=\"{lx2:.1}\" y2=\"12\" stroke=\"{color}\" stroke-width=\"2\"{dash}/>\
             <text x=\"{tx:.1}\" y=\"16\" fill=\"{INK}\">{name}</text>",
            p = path.join(" "),
            lx2 = legend_x + 20.0,
            tx = legend_x + 26.0,
            name = escape(name),
        );
    }
    s.push_str("</svg>");
    s
}

/// Returns the fill of a share 0..1: from near white to deep blue.
pub fn shade_color(x: f64) -> String {
    let x = x.clamp(0.0, 1.0);
    let (from, to) = ((247.0, 251.0, 255.0), (8.0, 48.0, 107.0));
    let mix = |a: f64, b: f64| (a + (b - a) * x).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(from.0, to.0),
        mix(from.1, to.1),
        mix(from.2, to.2)
    )
}

/// Returns the text colour readable on `shade_color(x)`.
pub fn shade_ink(x: f64) -> &'static str {
    if x > 0.5 { "#ffffff" } else { INK }
}

/// A grid of shaded cells with their text, row labels left, column labels on top.
fn heatmap_svg(
    title: &str,
    rows: &[String],
    columns: &[String],
    cells: &[Vec<Option<(f64, String)>>],
) -> String {
    let label_w =
        text_width(longest(rows.iter().map(|r| r.chars().count()))).clamp(50.0, 200.0) + 10.0;
    let cell_w = ((WIDTH - label_w) / columns.len().max(1) as f64).clamp(14.0, 60.0);
    // Narrow cells carry their shade only, and every few columns a label.
    let texts = cell_w >= 32.0;
    let label_every = if texts {
        1
    } else {
        (24.0 / cell_w).ceil() as usize
    };
    let (cell_h, head) = (22.0, 24.0);
    let width = label_w + cell_w * columns.len() as f64;
    let height = head + cell_h * rows.len() as f64 + 2.0;
    let mut s = open(width, height, title);
    for (j, c) in columns.iter().enumerate() {
        if j % label_every != 0 {
            continue;
        }
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"16\" text-anchor=\"middle\" fill=\"{MUTED}\" font-size=\"11\">{c}</text>",
            x = label_w + cell_w * (j as f64 + 0.5),
            c = escape(c),
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = head + cell_h * i as f64;
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{ty:.1}\" text-anchor=\"end\" fill=\"{INK}\" font-size=\"11\">{r}</text>",
            x = label_w - 8.0,
            ty = y + 15.0,
            r = escape(r),
        );
        for (j, cell) in cells.get(i).into_iter().flatten().enumerate() {
            let Some((share, text)) = cell else { continue };
            let text = if texts { text.as_str() } else { "" };
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\" stroke=\"#ffffff\"/>\
                 <text x=\"{tx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\" fill=\"{ink}\" font-size=\"10\">{t}</text>",
                x = label_w + cell_w * j as f64,
                w = cell_w,
                h = cell_h,
                fill = shade_color(*share),
                tx = label_w + cell_w * (j as f64 + 0.5),
                ty = y + 15.0,
                ink = shade_ink(*share),
                t = escape(text),
            );
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(1000.0, 4.0), 500.0);
        assert_eq!(nice_step(37.0, 4.0), 10.0);
        assert_eq!(nice_step(0.9, 4.0), 0.5);
        assert_eq!(compact(12500.0, 2500.0), "12.5k");
        assert_eq!(compact(-40.0, 20.0), "-40");
        assert_eq!(compact(1000.0, 500.0), "1k");
        assert_eq!(compact(1250.0, 50.0), "1.25k");
        assert_eq!(compact(1200.0, 50.0), "1.2k");
        assert_eq!(compact(2_500_000.0, 500_000.0), "2.5M");
        assert_eq!(compact(0.15, 0.05), "0.15");
        assert_eq!(compact(0.1 + 0.2, 0.1), "0.3");
    }

    #[test]
    fn escapes_labels() {
        let svg = chart(
            &Chart::Bars {
                title: crate::table::Label::verbatim("a<b"),
                bars: vec![Bar {
                    label: "Can't <Lose>".into(),
                    value: 1.0,
                    text: "1 & 2".into(),
                }],
            },
            "a<b",
        );
        assert!(svg.contains("Can&#39;t &lt;Lose&gt;"));
        assert!(svg.contains("1 &amp; 2"));
        assert!(!svg.contains("<Lose>"));
    }

    #[test]
    fn shades_run_from_white_to_blue() {
        assert_eq!(shade_color(0.0), "#f7fbff");
        assert_eq!(shade_color(1.0), "#08306b");
    }
}
