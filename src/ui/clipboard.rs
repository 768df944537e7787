//! The one place copies reach the clipboard (the shell's side effect of
//! `WindowRequest::Copy`): a copy with an HTML form goes to the system clipboard with its
//! plain-text alternative (arboard) when the app runs in a window; plain copies, headless runs
//! and a system clipboard that fails go through egui's own copy (which eframe hands to the
//! system clipboard).

use crate::workspace::citation::Clip;

/// The system clipboard, opened on first use and kept open (on X11 and Wayland the copied data
/// is served by the process that holds it).
#[derive(Default)]
pub struct SystemClipboard {
    /// False in headless runs (tests): egui's copy only.
    enabled: bool,
    open: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    /// A clipboard that uses the system's for HTML copies.
    pub fn system() -> SystemClipboard {
        SystemClipboard {
            enabled: true,
            open: None,
        }
    }

    /// Puts `clip` on the clipboard.
    pub fn put(&mut self, ctx: &egui::Context, clip: Clip) {
        if let Some(html) = &clip.html
            && self.enabled
        {
            match self.put_html(html, &clip.text) {
                Ok(()) => return,
                Err(e) => eprintln!("vigie: system clipboard: {e}; copying plain text"),
            }
        }
        ctx.copy_text(clip.text);
    }

    fn put_html(&mut self, html: &str, text: &str) -> Result<(), arboard::Error> {
        if self.open.is_none() {
            self.open = Some(arboard::Clipboard::new()?);
        }
        match self.open.as_mut() {
            Some(c) => c.set_html(html, Some(text)),
            None => Err(arboard::Error::ClipboardNotSupported),
        }
    }
}
