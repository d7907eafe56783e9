/*
 * fuzz.h - what the libFuzzer targets in tests/fuzz share.
 *
 * Each target defines LLVMFuzzerTestOneInput(); clang's -fsanitize=fuzzer
 * supplies main() for fuzzing, and replay.c supplies one that runs saved
 * inputs, so that the regression inputs also run in "make check".
 */
#ifndef CRIER_FUZZ_H
#define CRIER_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Aborts with a message when an invariant of the code under test does
 * not hold, so that the fuzzer records the input as a finding.
 */
#define FUZZ_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant broken: %s\n", \
			__FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/*
 * Picks one of n choices from the input's length, so that the same
 * input always takes the same path and a saved finding reproduces.
 */
#define FUZZ_PICK(size, choices) \
	((choices)[(size) % (sizeof(choices) / sizeof(*(choices)))])

#endif
