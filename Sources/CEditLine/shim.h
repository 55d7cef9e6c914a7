/*
 * The C side of tally's line editor: Debian's libedit (native histedit.h API).
 *
 * Swift cannot call C variadic functions, so every el_set / el_wset / el_get / history_w use that
 * tally needs has a small `static inline` wrapper here. Swift 6 also rejects Glibc's `stdin`, `stdout`
 * and `stderr` globals as not concurrency-safe, so they are reached through accessor functions.
 */
#ifndef TALLY_CEDITLINE_SHIM_H
#define TALLY_CEDITLINE_SHIM_H

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>

/* A prompt callback (EL_PROMPT_ESC) and an editor command (EL_ADDFN). */
typedef char *(*ce_prompt_fn)(EditLine *);
typedef unsigned char (*ce_command_fn)(EditLine *, int);

/* ---- standard streams ---- */
static inline FILE *ce_stdin(void) { return stdin; }
static inline FILE *ce_stdout(void) { return stdout; }
static inline FILE *ce_stderr(void) { return stderr; }

/* ---- editor configuration (el_set / el_wset / el_get) ---- */
static inline int ce_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ce_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int ce_set_prompt_esc(EditLine *el, ce_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, esc);
}
static inline int ce_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *ce_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int ce_set_history(EditLine *el, HistoryW *h) { return el_wset(el, EL_HIST, history_w, h); }
static inline int ce_addfn(EditLine *el, const char *name, const char *help, ce_command_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int ce_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
/* `mode` is "-d" (edit mode), "-q" (quote mode) or "-x" (execute mode); `flag` e.g. "-isig". */
static inline int ce_setty(EditLine *el, const char *mode, const char *flag) {
    return el_set(el, EL_SETTY, mode, flag, (const char *)NULL);
}

/* ---- history (history_w) ---- */
static inline int ce_hist_setsize(HistoryW *h, int size) { HistEventW ev; return history_w(h, &ev, H_SETSIZE, size); }
static inline int ce_hist_setunique(HistoryW *h, int on) { HistEventW ev; return history_w(h, &ev, H_SETUNIQUE, on); }
static inline int ce_hist_enter(HistoryW *h, const wchar_t *entry) { HistEventW ev; return history_w(h, &ev, H_ENTER, entry); }
/* Returns the number of entries read, or -1 (missing, unreadable or not a libedit history file). */
static inline int ce_hist_load(HistoryW *h, const char *path) { HistEventW ev; return history_w(h, &ev, H_LOAD, path); }
/* Steps through the entries from the oldest (`ce_hist_oldest`) to the newest (`ce_hist_newer`);
   each returns the entry, or NULL past the end. */
static inline const wchar_t *ce_hist_oldest(HistoryW *h) {
    HistEventW ev;
    return history_w(h, &ev, H_LAST) == -1 ? NULL : ev.str;
}
static inline const wchar_t *ce_hist_newer(HistoryW *h) {
    HistEventW ev;
    return history_w(h, &ev, H_PREV) == -1 ? NULL : ev.str;
}

#endif /* TALLY_CEDITLINE_SHIM_H */
