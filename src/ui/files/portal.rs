//! Whether there is a native file dialog at all: a desktop portal with a file chooser on the
//! session bus, or `zenity` (rfd's fallback). Asked once, in the background from start-up, so
//! the first file action rarely waits; without either, rfd's dialogs would return nothing, as
//! if cancelled, and the app shows its own browser instead.

use std::sync::OnceLock;

static AVAILABLE: OnceLock<bool> = OnceLock::new();

/// Starts finding out (on a thread of its own).
pub fn probe_in_background() {
    let _ = std::thread::Builder::new()
        .name("vigie-portal".into())
        .spawn(|| {
            let _ = available();
        });
}

/// True when a native file dialog can be shown (`VIGIE_NO_PORTAL=1` says no, to try the
/// app's own browser).
pub fn available() -> bool {
    *AVAILABLE.get_or_init(|| {
        if std::env::var_os("VIGIE_NO_PORTAL").is_some_and(|v| v == "1") {
            return false;
        }
        native_dialogs()
    })
}

#[cfg(target_os = "linux")]
fn native_dialogs() -> bool {
    file_chooser_portal() || on_path("zenity")
}

/// Elsewhere the system's own dialogs are always there.
#[cfg(not(target_os = "linux"))]
fn native_dialogs() -> bool {
    true
}

/// True when an executable `name` is on the `PATH`.
#[cfg(target_os = "linux")]
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            std::fs::metadata(dir.join(name)).is_ok_and(|m| {
                use std::os::unix::fs::PermissionsExt as _;
                m.is_file() && m.permissions().mode() & 0o111 != 0
            })
        })
    })
}

/// True when the session bus has a desktop portal whose FileChooser interface answers.
#[cfg(target_os = "linux")]
fn file_chooser_portal() -> bool {
    pollster::block_on(async {
        let Ok(conn) = zbus::Connection::session().await else {
            return false;
        };
        conn.call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &("org.freedesktop.portal.FileChooser", "version"),
        )
        .await
        .is_ok()
    })
}
