//! The Charts view's controls: saved charts (open, save, delete), what to chart, currency and
//! editable dated rates, filters (themes, articles, dates, actor kinds, top N, log scale) and
//! the export buttons. Edits a copy of the spec and emits it when it changed.

use crate::chart::default_rates;
use crate::chart::timeline::Period;
use crate::extract::{EntityKind, FigureKind, Role};
use crate::i18n::Lang;
use crate::i18n::charts::default_title;
use crate::project::{ArticleId, Book, ChartSpec};
use crate::workspace::command::Command;
use crate::workspace::command::FileCommand;
use crate::workspace::command::{ChartFormat, ChartsCommand};
use crate::workspace::edit::Edit;
use egui::RichText;

const KINDS: [FigureKind; 4] = [
    FigureKind::Money,
    FigureKind::Chips,
    FigureKind::Power,
    FigureKind::Flops,
];
const CURRENCIES: [&str; 8] = ["EUR", "USD", "GBP", "CNY", "JPY", "CHF", "CAD", "INR"];

/// Draws the controls for `current`; `article` is the one being read, `articles` every
/// article's title and the undated ones.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut egui::Ui,
    current: &ChartSpec,
    by: Option<Period>,
    flows: bool,
    book: &Book,
    article: Option<ArticleId>,
    articles: (&[(ArticleId, &str)], &[ArticleId]),
    lang: Lang,
) -> Vec<Command> {
    let s = lang.charts();
    let mut out = Vec::new();
    let mut spec = current.clone();
    // Export first: on a small screen the filters below scroll, the export stays in view.
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.export).strong());
        for f in ChartFormat::ALL {
            if ui.button(f.ext().to_uppercase()).clicked() {
                out.push(Command::File(FileCommand::ExportChart(f)));
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("chart-filters-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            saved(ui, &mut spec, book, lang, &mut out);
            ui.separator();
            ui.label(RichText::new(s.what).strong());
            for (k, name) in KINDS.iter().zip(s.kinds) {
                ui.radio_value(&mut spec.figure_kind, *k, name);
            }
            ui.separator();
            // None: per actor; Some(None): who backs whom; Some(Some(p)): over time.
            let now = if flows { Some(None) } else { by.map(Some) };
            let mut shown = now;
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(&mut shown, None, s.per_actor);
                ui.radio_value(&mut shown, Some(Some(Period::Month)), s.by_month);
                ui.radio_value(&mut shown, Some(Some(Period::Quarter)), s.by_quarter);
                ui.radio_value(&mut shown, Some(None), s.flows);
            });
            if shown != now {
                out.push(Command::Charts(match shown {
                    Some(None) => ChartsCommand::SetFlows(true),
                    other => ChartsCommand::SetBy(other.flatten()),
                }));
            }
            if spec.figure_kind == FigureKind::Money {
                // One role at a time: spend, funding, valuation and revenue are never summed.
                // (Flows read spend and funding together: no choice to make there.)
                if !flows {
                    ui.label(RichText::new(s.role).strong());
                    let mut role = spec.filters.money_role();
                    for r in Role::ALL {
                        ui.radio_value(&mut role, r, lang.tr().role_name(r));
                    }
                    spec.filters.role = (role != Role::Spend).then_some(role);
                    ui.separator();
                }
                money(ui, &mut spec, lang);
            }
            ui.separator();
            filters(ui, &mut spec, book, article, articles, lang);
        });
    // A title that was the default follows the kind and role.
    let title = |c: &ChartSpec| default_title(c.figure_kind, c.filters.money_role(), lang);
    if spec.name == title(current) {
        spec.name = title(&spec);
    }
    if spec != *current {
        out.push(Command::Charts(ChartsCommand::SetSpec(Box::new(spec))));
    }
    out
}

fn saved(ui: &mut egui::Ui, spec: &mut ChartSpec, book: &Book, lang: Lang, out: &mut Vec<Command>) {
    let s = lang.charts();
    ui.label(RichText::new(s.saved).strong());
    if book.charts.is_empty() {
        ui.label(RichText::new(s.none_saved).weak());
    }
    for c in &book.charts {
        ui.horizontal(|ui| {
            if ui
                .selectable_label(c.name == spec.name, &c.name)
                .on_hover_text(s.load)
                .clicked()
            {
                out.push(Command::Charts(ChartsCommand::Load(c.name.clone())));
            }
            if ui.small_button(s.delete).clicked() {
                out.push(Command::Edit(Edit::DeleteChart(c.name.clone())));
            }
        });
    }
    let label = ui.label(s.name);
    ui.text_edit_singleline(&mut spec.name)
        .labelled_by(label.id);
    let name_ok = !spec.name.trim().is_empty();
    let stored = book.charts.iter().find(|c| c.name == spec.name);
    let changed = stored != Some(&*spec);
    if ui
        .add_enabled(name_ok && changed, egui::Button::new(s.save))
        .clicked()
    {
        out.push(Command::Edit(Edit::SaveChart(spec.clone())));
    }
}

fn money(ui: &mut egui::Ui, spec: &mut ChartSpec, lang: Lang) {
    let s = lang.charts();
    let currency = spec.currency.clone().unwrap_or_else(|| "EUR".into());
    egui::ComboBox::from_label(s.currency)
        .selected_text(&currency)
        .show_ui(ui, |ui| {
            for c in CURRENCIES {
                if ui.selectable_label(currency == c, c).clicked() && currency != c {
                    spec.currency = Some(c.to_string());
                    // Rates are into the chart's currency: new defaults.
                    spec.rates = None;
                }
            }
        });
    let shown = spec
        .rates
        .clone()
        .or_else(|| default_rates(&currency))
        .unwrap_or_default();
    let mut rates = shown.clone();
    egui::CollapsingHeader::new(format!("{} ({})", s.rates, rates.date))
        .id_salt("chart-rates")
        .show(ui, |ui| {
            if spec.rates.is_none() {
                ui.label(RichText::new(s.default_rates).weak().small());
            }
            ui.horizontal(|ui| {
                let l = ui.label(s.rates_date);
                ui.text_edit_singleline(&mut rates.date).labelled_by(l.id);
            });
            egui::Grid::new("chart-rates-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    for (code, rate) in rates.rates.iter_mut().filter(|(c, _)| **c != currency) {
                        let l = ui.label(format!("1 {code} ="));
                        ui.add(
                            egui::DragValue::new(rate)
                                .speed(0.001)
                                .range(0.0..=1.0e6)
                                .suffix(format!(" {currency}")),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    }
                });
            if spec.rates.is_some() && ui.button(s.reset_rates).clicked() {
                spec.rates = None;
                rates = default_rates(&currency).unwrap_or_default();
            }
        });
    if rates != shown {
        spec.rates = Some(rates);
    }
}

fn filters(
    ui: &mut egui::Ui,
    spec: &mut ChartSpec,
    book: &Book,
    article: Option<ArticleId>,
    (titles, undated): (&[(ArticleId, &str)], &[ArticleId]),
    lang: Lang,
) {
    let s = lang.charts();
    let f = &mut spec.filters;
    if !book.themes.is_empty() {
        ui.label(RichText::new(s.themes).strong());
        for t in &book.themes {
            let mut on = f.themes.contains(&t.id);
            let name = if t.parent.is_some() {
                format!("   {}", t.name)
            } else {
                t.name.clone()
            };
            if ui.checkbox(&mut on, name).changed() {
                toggle(&mut f.themes, t.id, on);
            }
        }
    }
    ui.label(RichText::new(s.articles).strong());
    let only_current = article.is_some_and(|a| f.articles == [a]);
    if ui.radio(f.articles.is_empty(), s.all_articles).clicked() {
        f.articles.clear();
    }
    if let Some(a) = article
        && ui.radio(only_current, s.current_article).clicked()
    {
        f.articles = vec![a];
    }
    egui::CollapsingHeader::new(format!("{} ({})", s.choose_articles, f.articles.len()))
        .id_salt("chart-articles")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("chart-articles-list")
                .max_height(220.0)
                .show(ui, |ui| {
                    for (id, title) in titles {
                        let mut on = f.articles.contains(id);
                        if ui.checkbox(&mut on, *title).changed() {
                            toggle(&mut f.articles, *id, on);
                        }
                    }
                });
        });
    ui.label(RichText::new(s.dates).strong());
    date_field(ui, s.from, &mut f.date_from);
    date_field(ui, s.to, &mut f.date_to);
    if f.date_from.is_some() || f.date_to.is_some() {
        undated_note(ui, f, undated, lang);
    }
    attributes(ui, f, book, lang);
    ui.label(RichText::new(s.actor_kinds).strong());
    ui.horizontal_wrapped(|ui| {
        for k in EntityKind::ALL {
            let mut on = f.actor_kinds.contains(&k);
            if ui.checkbox(&mut on, lang.tr().kind(k)).changed() {
                toggle(&mut f.actor_kinds, k, on);
            }
        }
    });
    ui.horizontal(|ui| {
        let mut on = f.top_n.is_some();
        if ui.checkbox(&mut on, s.top).changed() {
            f.top_n = on.then_some(10);
        }
        if let Some(n) = &mut f.top_n {
            ui.add(egui::DragValue::new(n).range(1..=200));
        }
    });
    ui.checkbox(&mut f.log_scale, s.log);
}

/// The article-attribute filter: each attribute name the corpus uses, with a checkbox per
/// value (values of one name: either passes; several names: all must).
fn attributes(ui: &mut egui::Ui, f: &mut crate::project::ChartFilters, book: &Book, lang: Lang) {
    let mut values: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
        Default::default();
    for a in &book.corpus {
        for (n, v) in &a.attributes {
            values.entry(n).or_default().insert(v);
        }
    }
    if values.is_empty() {
        return;
    }
    ui.label(RichText::new(lang.charts().attributes).strong());
    for (name, vs) in values {
        let on_count = f.attributes.iter().filter(|(n, _)| n == name).count();
        egui::CollapsingHeader::new(format!("{name} ({on_count}/{})", vs.len()))
            .id_salt(("chart-attribute", name))
            .show(ui, |ui| {
                for v in vs {
                    let item = (name.to_string(), v.to_string());
                    let mut on = f.attributes.contains(&item);
                    if ui.checkbox(&mut on, v).changed() {
                        toggle(&mut f.attributes, item, on);
                    }
                }
            });
    }
}

/// How many undated articles (of those the chart reads) the date bounds leave out, or take
/// in when asked, and the checkbox that includes them.
fn undated_note(
    ui: &mut egui::Ui,
    f: &mut crate::project::ChartFilters,
    undated: &[ArticleId],
    lang: Lang,
) {
    let s = lang.charts();
    let n = undated
        .iter()
        .filter(|a| f.articles.is_empty() || f.articles.contains(a))
        .count();
    if f.include_undated {
        ui.label(crate::i18n::counted(n, s.undated_in_one, s.undated_in));
    } else if n > 0 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::i18n::counted(n, s.undated_out_one, s.undated_out),
        );
    }
    ui.checkbox(&mut f.include_undated, s.include_undated);
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    if on {
        if !list.contains(&item) {
            list.push(item);
        }
    } else {
        list.retain(|x| *x != item);
    }
}

/// A `YYYY-MM-DD` bound: kept only once it reads as a date (empty clears it).
fn date_field(ui: &mut egui::Ui, label: &str, value: &mut Option<String>) {
    let id = ui.make_persistent_id(("chart-date", label));
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| value.clone().unwrap_or_default());
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(110.0)
                    .hint_text("2025-07-01"),
            )
            .labelled_by(l.id);
        if r.changed() {
            let t = text.trim();
            if t.is_empty() {
                *value = None;
            } else if is_date(t) {
                *value = Some(t.to_string());
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(id, text));
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_toggles() {
        assert!(is_date("2025-07-01"));
        assert!(!is_date("2025-7-01"));
        assert!(!is_date("juillet 25"));
        let mut v = vec![1, 2];
        toggle(&mut v, 3, true);
        toggle(&mut v, 3, true);
        toggle(&mut v, 1, false);
        assert_eq!(v, [2, 3]);
    }
}
