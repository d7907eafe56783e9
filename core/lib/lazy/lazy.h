/*
 * lazy.h - shared libraries loaded on the first call into them (libcrier
 * internal, also compiled into the program's core/liblazy.la).
 *
 * Every crier command used to map libxml2 (with ICU and libstdc++),
 * SQLite, libexttextcat and libstemmer at start-up, though "crier
 * --version", "summarize" or "normalize" use few or none of them, and
 * mapping them cost more CPU than the command's own work.  So neither
 * libcrier nor crier links them.  Instead lazy/LIB.c defines, for each
 * function of LIB that crier calls, a function of the same name and type
 * (checked against LIB's own header) that loads LIB on its first call
 * and forwards to LIB's function.  Call sites stay plain library calls.
 *
 * The forwarders are not exported (libcrier exports crier_ only; the
 * program exports nothing), so a plugin that links LIB itself binds to
 * LIB.  A library that cannot be loaded is a broken installation, as a
 * missing NEEDED library was: the process stops with a message naming
 * the library and dlerror()'s reason (exit status 127, as the dynamic
 * loader's own failure).
 */
#ifndef CRIER_LAZY_H
#define CRIER_LAZY_H

#include <stdatomic.h>
#include <stddef.h>

/* One library to load on first use; define with LAZY_LIBRARY(). */
struct lazy_lib {
	const char *soname;		/* dlopen()'s name, "libxml2.so.2" */
	void *_Atomic handle;		/* NULL until loaded */
};

#define LAZY_LIBRARY(var, soname) static struct lazy_lib var = { soname, NULL }

/*
 * The address of symbol name in lib, lib loaded (once, thread-safely) if
 * it is not yet; *cache keeps the answer for the next call.  Never
 * returns NULL: stops the process when lib or name cannot be found.
 */
void *lazy_sym(struct lazy_lib *lib, const char *name, void *_Atomic *cache);

/*
 * LAZY_FN(lib, TYPE, name, (PARAMS), (ARGS)) defines "TYPE name(PARAMS)"
 * forwarding ARGS to lib's name; LAZY_VOID the same for a function
 * returning void.  PARAMS must match the library header's declaration.
 */
#define LAZY_FN(lib, type, name, params, args)				\
	type name params						\
	{								\
		static void *_Atomic cache;				\
		type (*fn) params = (type (*) params)			\
			lazy_sym(&lib, #name, &cache);			\
		return fn args;						\
	}

#define LAZY_VOID(lib, name, params, args)				\
	void name params						\
	{								\
		static void *_Atomic cache;				\
		void (*fn) params = (void (*) params)			\
			lazy_sym(&lib, #name, &cache);			\
		fn args;						\
	}

#endif
