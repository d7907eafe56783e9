/*
 * output_pick.h - which output plugin writes a file: by its extension,
 * or audio.format.
 */
#ifndef CRIER_OUTPUT_PICK_H
#define CRIER_OUTPUT_PICK_H

#include "host/loader.h"

/*
 * The output plugin for the file path: the one listing path's extension
 * (without regard to case), else the one listing format (audio.format;
 * may be NULL), else for a path without an extension the one listing
 * "wav".  Tries EXT.so by name first, then every plugin.  NULL with
 * crier_error() naming the file and the extensions there are.
 */
const struct plugin *output_pick_file(struct loader *l, const char *path,
				      const char *format);
/* The live output plugin (AUDIO_LIVE_PLUGIN); NULL with crier_error(). */
const struct plugin *output_pick_live(struct loader *l);

#endif
