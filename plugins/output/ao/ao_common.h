/*
 * ao_common.h - what the libao output plugins (ao: live, wav: files)
 * share.  Compiled into each plugin.
 */
#ifndef CRIER_AO_COMMON_H
#define CRIER_AO_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include <ao/ao.h>

/* Starts libao once per process; libao is shut down at exit. */
void crier_ao_start(void);
/* Sets fmt to 16-bit native-endian mono at rate. */
void crier_ao_format(ao_sample_format *fmt, int rate);
/* What a libao errno value means, in words. */
const char *crier_ao_strerror(int err);
/*
 * Plays n samples on dev; -1 with crier_error() naming driver (its
 * short name) when the device fails.
 */
int crier_ao_play(ao_device *dev, const char *driver, const int16_t *samples,
		  size_t n);

#endif
