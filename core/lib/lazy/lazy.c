/*
 * lazy.c - loading a library and finding its symbols on first use (see
 * lazy.h).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "lazy.h"

/* A library crier was built against is missing: the installation is broken. */
__attribute__((noreturn))
static void lazy_die(const char *soname, const char *why)
{
	fprintf(stderr, "crier: cannot load %s: %s\n", soname,
		why ? why : "unknown error");
	exit(127);
}

/*
 * Two threads may both dlopen() the library the first time: dlopen()
 * is thread-safe and counts references, so both get the same handle.
 */
static void *lazy_open(struct lazy_lib *lib)
{
	void *handle = atomic_load_explicit(&lib->handle, memory_order_acquire);

	if (handle)
		return handle;
	handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		lazy_die(lib->soname, dlerror());
	atomic_store_explicit(&lib->handle, handle, memory_order_release);
	return handle;
}

void *lazy_sym(struct lazy_lib *lib, const char *name, void *_Atomic *cache)
{
	void *sym = atomic_load_explicit(cache, memory_order_acquire);

	if (sym)
		return sym;
	sym = dlsym(lazy_open(lib), name);
	if (!sym)
		lazy_die(lib->soname, dlerror());
	atomic_store_explicit(cache, sym, memory_order_release);
	return sym;
}
