/*
 * config_numbers.h - refusing integer literals that libconfig would wrap.
 */
#ifndef CRIER_CONFIG_NUMBERS_H
#define CRIER_CONFIG_NUMBERS_H

/*
 * Scans the config file at path for an integer literal outside an int's
 * range that has no 'L' suffix (libconfig 1.5 would wrap it silently).
 * The files it "@include"s (found as libconfig finds them) are scanned
 * too.  Returns 0, or -1 with crier_error() naming FILE:LINE.  A file that
 * cannot be opened is left to libconfig to report (0).
 */
int config_check_numbers(const char *path);

#endif
