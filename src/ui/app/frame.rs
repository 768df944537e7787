//! What the window does with files on every frame: the workspace's tick (background loads,
//! autosave), files dropped on the window, the close button, the window title, and the
//! window requests of the file flows (close after "Quit") and copies to the clipboard; after
//! the views, the theme asked for and a screenshot's end. With `apply`, the shell's only
//! changes to the workspace.

use super::VigieApp;
use crate::workspace::command::{Command, FileCommand};
use crate::workspace::state::WindowRequest;
use std::path::PathBuf;

impl VigieApp {
    /// Runs the workspace's file work for this frame and talks to the window.
    pub(super) fn files_frame(&mut self, ctx: &egui::Context) {
        self.flush_window(ctx);
        let now = ctx.input(|i| i.time);
        self.ws.tick(now);
        self.follow_workspace();
        if self.ws.files.is_busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        if self.ws.project.is_dirty() && self.ws.files.places.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                self.ws.files.autosave_every.max(1.0),
            ));
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        match dropped.as_slice() {
            [] => {}
            [one] if one.extension().is_some_and(|e| e == "vigie") => {
                self.apply(Command::File(FileCommand::OpenPath(one.clone())));
            }
            _ => self.apply(Command::File(FileCommand::AddPaths(dropped))),
        }
        if ctx.input(|i| i.viewport().close_requested()) && self.ws.close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let title = self.ws.wanted_title();
        if title != self.ws.files.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.ws.files.title = title;
        }
    }

    /// Sends the window what the file flows asked for.
    pub(super) fn flush_window(&mut self, ctx: &egui::Context) {
        for r in self.ws.take_window_requests() {
            match r {
                WindowRequest::Close => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                WindowRequest::Copy(clip) => self.clipboard.put(ctx, clip),
            }
        }
    }

    /// After the views' commands: what the window must do, the theme asked for, a screenshot
    /// taken once settled (then the window closes without asking, whatever dialog is open).
    pub(super) fn end_frame(&mut self, ctx: &egui::Context) {
        self.flush_window(ctx);
        if let Some(theme) = self.ws.theme.map(super::view::egui_theme)
            && ctx.theme() != theme
        {
            ctx.set_theme(theme);
        }
        if let Some(req) = &mut self.screenshot {
            req.tick(ctx);
            if req.finished() && !self.ws.files.allow_close {
                self.ws.files.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
