/*
 * The C side of tally-bench's memory probe: glibc's malloc_trim, which the Glibc module does not
 * export (and which a static executable cannot look up with dlsym).
 */
#ifndef TALLY_CMALLOC_SHIM_H
#define TALLY_CMALLOC_SHIM_H

#ifdef __linux__
#include <malloc.h>
#endif

/* Hands freed heap memory back to the system where the C library can (Linux: glibc's malloc_trim); elsewhere nothing. */
static inline void cm_release_free_memory(void) {
#ifdef __linux__
    malloc_trim(0);
#endif
}

#endif /* TALLY_CMALLOC_SHIM_H */
