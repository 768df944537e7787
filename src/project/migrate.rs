//! Upgrades project files written by older Vigie versions, one version step at a time, on the
//! JSON value before it is read into the current structs.
//!
//! Version 1 (the first draft) differs from version 2 thus: articles were a list `"articles"`
//! (`{"path"|"bundled", "sha256": hex}`) referred to by position; themes had no id or GUID, a
//! `"#rrggbb"` colour and a parent given by name; tags named their theme (`"theme": "name"`), had
//! no id, GUID, context or creation time; figures excluded from totals were a list
//! `"excluded_figures"` of `{article, start, end, text}`; lexicon additions were `"actors"`.

use super::model::new_guid;
use serde_json::{Map, Value, json};

/// Brings a project value from version `from` up to the current version.
pub fn migrate(mut value: Value, from: u64) -> Result<Value, String> {
    let mut v = from;
    while v < super::VERSION {
        value = match v {
            1 => v1_to_v2(value)?,
            // Versions 3 and 4 only add optional fields (see `VERSION`).
            2 | 3 => value,
            _ => return Err(format!("no way to upgrade format version {v}")),
        };
        v += 1;
    }
    Ok(value)
}

fn v1_to_v2(value: Value) -> Result<Value, String> {
    let Value::Object(mut old) = value else {
        return Err("the project is not a JSON object".into());
    };
    let mut next = 1u64;
    let mut fresh = || {
        next += 1;
        next - 1
    };
    let list = |old: &mut Map<String, Value>, key: &str| -> Result<Vec<Value>, String> {
        match old.remove(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(a)) => Ok(a),
            Some(_) => Err(format!("{key:?} is not a list")),
        }
    };
    let created = old
        .get("created")
        .cloned()
        .unwrap_or(json!("1970-01-01T00:00:00Z"));

    let mut article_ids = Vec::new();
    let mut corpus = Vec::new();
    for a in list(&mut old, "articles")? {
        let source = if let Some(p) = a.get("path").and_then(Value::as_str) {
            json!({ "path": p })
        } else if let Some(b) = a.get("bundled").and_then(Value::as_str) {
            json!({ "bundled": b })
        } else {
            return Err("an article has neither a path nor a bundled name".into());
        };
        let hash = a.get("sha256").and_then(Value::as_str).unwrap_or_default();
        let id = fresh();
        article_ids.push(id);
        corpus.push(json!({ "id": id, "source": source, "hash": format!("sha256:{hash}") }));
    }

    // Themes: top-level ones first so that parents get their ids before their children.
    let mut old_themes = list(&mut old, "themes")?;
    old_themes.sort_by_key(|t| t.get("parent").and_then(Value::as_str).is_some());
    let mut themes: Vec<Value> = Vec::new();
    let find = |themes: &[Value], name: &str| -> Option<(u64, bool)> {
        themes
            .iter()
            .find(|t| {
                t["name"]
                    .as_str()
                    .is_some_and(|n| n.to_lowercase() == name.to_lowercase())
            })
            .map(|t| (t["id"].as_u64().unwrap_or(0), t["parent"].is_u64()))
    };
    for t in old_themes {
        let name = t.get("name").and_then(Value::as_str).unwrap_or("").trim();
        if name.is_empty() {
            return Err("a theme has no name".into());
        }
        // One level of nesting only: a theme whose parent is unknown or itself nested becomes
        // top-level.
        let parent = t
            .get("parent")
            .and_then(Value::as_str)
            .and_then(|p| find(&themes, p))
            .and_then(|(id, nested)| (!nested).then_some(id));
        let mut theme = json!({
            "id": fresh(),
            "guid": new_guid(),
            "name": name,
            "color": hex_color(t.get("color").and_then(Value::as_str)),
            "parent": parent,
        });
        if let Some(d) = t.get("description").and_then(Value::as_str) {
            theme["description"] = json!(d);
        }
        themes.push(theme);
    }

    let mut tags = Vec::new();
    for t in list(&mut old, "tags")? {
        let theme_name = t.get("theme").and_then(Value::as_str).unwrap_or("").trim();
        let theme = match find(&themes, theme_name) {
            Some((id, _)) => id,
            // A tag whose theme was never declared gets a theme of that name.
            None => {
                let id = fresh();
                let name = if theme_name.is_empty() {
                    "(sans thème)"
                } else {
                    theme_name
                };
                themes.push(json!({ "id": id, "guid": new_guid(), "name": name,
                    "color": hex_color(None), "parent": null }));
                id
            }
        };
        let pos = t.get("article").and_then(Value::as_u64).unwrap_or(u64::MAX);
        let article = usize::try_from(pos)
            .ok()
            .and_then(|i| article_ids.get(i))
            .ok_or_else(|| {
                format!("a tag points to article #{pos}, which is not in the project")
            })?;
        tags.push(json!({
            "id": fresh(), "guid": new_guid(), "theme": theme, "article": article,
            "start": t.get("start").cloned().unwrap_or(json!(0)),
            "end": t.get("end").cloned().unwrap_or(json!(0)),
            "quote": t.get("quote").cloned().unwrap_or(json!("")),
            "before": "", "after": "",
            "memo": t.get("memo").cloned().unwrap_or(json!("")),
            "created": created,
        }));
    }

    let mut corrections = Vec::new();
    for f in list(&mut old, "excluded_figures")? {
        let pos = f.get("article").and_then(Value::as_u64).unwrap_or(u64::MAX);
        let Some(article) = usize::try_from(pos).ok().and_then(|i| article_ids.get(i)) else {
            continue; // an exclusion for an article no longer there has nothing to correct
        };
        corrections.push(json!({ "op": "figure_totals", "in_totals": false, "at": {
            "article": article, "start": f.get("start"), "end": f.get("end"), "text": f.get("text") } }));
    }

    let actors = list(&mut old, "actors")?;
    old.insert("version".into(), json!(2));
    old.insert("corpus".into(), Value::Array(corpus));
    old.insert("themes".into(), Value::Array(themes));
    old.insert("tags".into(), Value::Array(tags));
    old.insert("corrections".into(), Value::Array(corrections));
    old.insert("lexicon_additions".into(), Value::Array(actors));
    old.insert("next_id".into(), json!(fresh()));
    Ok(Value::Object(old))
}

/// `#rrggbb` as `[r, g, b]`; grey when missing or malformed.
fn hex_color(s: Option<&str>) -> Value {
    let parse = |s: &str| -> Option<[u8; 3]> {
        let h = s.trim().strip_prefix('#')?;
        if h.len() != 6 || !h.is_ascii() {
            return None;
        }
        let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some([c(0)?, c(2)?, c(4)?])
    };
    json!(s.and_then(parse).unwrap_or([128, 128, 128]))
}
