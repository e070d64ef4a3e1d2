//! The console pane: script output and tracebacks; a traceback line
//! (`File "app.py", line 3, in f`) or a compile error (`app.py:3:5: …`)
//! is a link that shows that line in the source pane.

use egui::{Color32, RichText, ScrollArea, Sense, TextStyle, Ui};

/// Where a console line points in a source file: file name and line.
pub fn location(line: &str) -> Option<(String, usize)> {
    if let Some(i) = line.find("File \"") {
        let rest = &line[i + 6..];
        let end = rest.find('"')?;
        let name = &rest[..end];
        let after = rest[end..].strip_prefix("\", line ")?;
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        return Some((name.to_string(), digits.parse().ok()?));
    }
    // `app.py:3:5: SyntaxError: …`
    let mut parts = line.splitn(4, ':');
    let (name, l, c) = (parts.next()?, parts.next()?, parts.next()?);
    if name.ends_with(".py") && c.chars().all(|ch| ch.is_ascii_digit()) && !c.is_empty() {
        return Some((name.to_string(), l.parse().ok()?));
    }
    None
}

/// Draws `text`; returns the location of a clicked link.
pub fn show(ui: &mut Ui, text: &str) -> Option<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let row = ui.text_style_height(&TextStyle::Monospace);
    let mut clicked = None;
    ScrollArea::vertical()
        .id_salt("console")
        .auto_shrink([false, false])
        .stick_to_bottom(true)
        .show_rows(ui, row, lines.len(), |ui, range| {
            for line in &lines[range] {
                match location(line) {
                    Some(loc) => {
                        let label = egui::Label::new(
                            RichText::new(*line)
                                .monospace()
                                .color(Color32::from_rgb(120, 170, 255))
                                .underline(),
                        )
                        .sense(Sense::click());
                        if ui.add(label).on_hover_text("show this line").clicked() {
                            clicked = Some(loc);
                        }
                    }
                    None => {
                        let error = line.starts_with("Traceback")
                            || line.contains("Error:")
                            || line.starts_with("error:");
                        let mut t = RichText::new(*line).monospace();
                        if error {
                            t = t.color(Color32::from_rgb(255, 110, 100));
                        }
                        ui.label(t);
                    }
                }
            }
        });
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_traceback_and_compile_locations() {
        assert_eq!(
            location("  File \"examples/x.py\", line 12, in f"),
            Some(("examples/x.py".into(), 12))
        );
        assert_eq!(
            location("app.py:3:5: SyntaxError: bad"),
            Some(("app.py".into(), 3))
        );
        assert_eq!(location("temperature: 21.00 C"), None);
        assert_eq!(location("a: 1:2: x"), None);
    }
}
