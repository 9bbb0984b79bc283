//! Load modes and the `HPY` environment variable.
//!
//! `HPY=debug` selects a mode for every module; `HPY=a:debug,b:trace`
//! selects per module (modules not listed load in universal mode).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Universal = 0,
    Debug = 1,
    Trace = 2,
}

impl Mode {
    pub fn from_int(v: i32) -> PyResult<Mode> {
        match v {
            0 => Ok(Mode::Universal),
            1 => Ok(Mode::Debug),
            2 => Ok(Mode::Trace),
            _ => Err(PyValueError::new_err(format!(
                "invalid HPy mode {v}: use hpy.universal.MODE_UNIVERSAL, MODE_DEBUG or MODE_TRACE"
            ))),
        }
    }

    fn parse(s: &str) -> Option<Mode> {
        match s.to_ascii_lowercase().as_str() {
            "universal" => Some(Mode::Universal),
            "debug" => Some(Mode::Debug),
            "trace" => Some(Mode::Trace),
            _ => None,
        }
    }

    /// The context for this mode. Needs the GIL.
    pub fn context(self) -> PyResult<*mut hpy_sys::HPyContext> {
        match self {
            Mode::Universal => Ok(hpy_runtime::universal()),
            Mode::Trace => trace_context(),
            Mode::Debug => Ok(hpy_debug::context(hpy_runtime::universal())),
        }
    }
}

/// The trace context, created on first use with the sample period from
/// `HPY_TRACE_SAMPLE_PERIOD` (default 16); an invalid value is a
/// `ValueError` then. Needs the GIL.
pub fn trace_context() -> PyResult<*mut hpy_sys::HPyContext> {
    let period = match hpy_trace::existing() {
        Some(ctx) => return Ok(ctx),
        None => match std::env::var_os(hpy_trace::SAMPLE_PERIOD_VAR) {
            None => hpy_trace::DEFAULT_PERIOD,
            Some(v) => hpy_trace::parse_sample_period(&v.to_string_lossy()).map_err(PyValueError::new_err)?,
        },
    };
    // SAFETY: the universal context is never freed; the GIL is held.
    Ok(unsafe { hpy_trace::context(hpy_runtime::universal(), period) })
}

/// Parse the value of `HPY` for module `name`.
pub fn parse_hpy_var(name: &str, value: &str) -> Result<Mode, String> {
    let invalid = || format!("invalid HPy mode: {value} (expected universal, debug or trace, or NAME:MODE,...)");
    if !value.contains(':') {
        return Mode::parse(value.trim()).ok_or_else(invalid);
    }
    // Validate the whole value first, so a typo is reported whichever
    // module happens to be imported.
    let mut chosen = Mode::Universal;
    let mut found = false;
    for item in value.split(',') {
        let Some((module, mode)) = item.split_once(':') else { return Err(invalid()) };
        let mode = Mode::parse(mode.trim()).ok_or_else(invalid)?;
        if !found && module.trim() == name {
            chosen = mode;
            found = true;
        }
    }
    Ok(chosen)
}

pub fn mode_from_env(name: &str, env: &Bound<'_, PyAny>) -> PyResult<Mode> {
    let value = match env.get_item("HPY") {
        Ok(v) => v,
        Err(e) if e.is_instance_of::<pyo3::exceptions::PyKeyError>(env.py()) => return Ok(Mode::Universal),
        Err(e) => return Err(e),
    };
    let value: String = value.extract()?;
    parse_hpy_var(name, &value).map_err(PyValueError::new_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_mode() {
        assert_eq!(parse_hpy_var("m", "debug"), Ok(Mode::Debug));
        assert_eq!(parse_hpy_var("m", "TRACE"), Ok(Mode::Trace));
        assert_eq!(parse_hpy_var("m", "universal"), Ok(Mode::Universal));
    }

    #[test]
    fn per_module_mode() {
        assert_eq!(parse_hpy_var("a", "a:debug,b:trace"), Ok(Mode::Debug));
        assert_eq!(parse_hpy_var("b", "a:debug,b:trace"), Ok(Mode::Trace));
        assert_eq!(parse_hpy_var("c", "a:debug,b:trace"), Ok(Mode::Universal));
    }

    #[test]
    fn invalid_mode() {
        assert!(parse_hpy_var("m", "fast").unwrap_err().contains("invalid HPy mode: fast"));
        assert!(parse_hpy_var("a", "a:fast").is_err());
        assert!(parse_hpy_var("a", "a:debug,oops").is_err());
    }
}
