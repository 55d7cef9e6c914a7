/*
 * The C side of tally-bench's memory probe: glibc's malloc_trim, which the Glibc module does not
 * export (and which a static executable cannot look up with dlsym).
 */
#ifndef TALLY_CMALLOC_SHIM_H
#define TALLY_CMALLOC_SHIM_H

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Hands freed heap memory back to the system where the C library can (glibc); elsewhere nothing. */
static inline void cm_release_free_memory(void) {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

#endif /* TALLY_CMALLOC_SHIM_H */
