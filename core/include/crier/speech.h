/*
 * crier/speech.h - speech plugins: text in, 16-bit PCM with sentence marks
 * out.  Included by <crier/plugin.h>; a speech plugin sets .kind to
 * CRIER_PLUGIN_SPEECH and .speech to its ops.
 *
 * crier runs one speech plugin per process (the config's speech.plugin,
 * "espeak" by default).  The call order; calls never overlap, except
 * interrupt(), though render() may come from another thread than open()
 * (crier renders the next story in a thread while one plays):
 *
 *	open(settings, &state, &rate)	once, before anything else
 *	voices(state, each, data)	any number of times, any time after
 *					open (crier voices, choosing a voice
 *					for an article's language)
 *	configure(state, voice)		before the first render() and again
 *					whenever the voice or its rate, pitch
 *					or volume change
 *	render(state, text, out)	any number of times
 *	close(state)			once, last
 *
 * interrupt(state) may come at any time after open() and before close(),
 * from a signal handler: it must be async-signal-safe (set a flag).  Once
 * it has been called, render() returns 1 soon and keeps returning 1.
 *
 * The text render() gets is already normalized for speech (numbers,
 * abbreviations and symbols written out as words), plain UTF-8, no markup.
 *
 * Memory: the host owns the PCM sink and every string it passes; the
 * plugin owns its state and the strings it hands to each() (which need
 * only live until each() returns).  Samples are copied by
 * crier_pcm_append().  Errors: -1 with crier_error() saying what failed;
 * crier adds the plugin's name.
 */
#ifndef CRIER_SPEECH_H
#define CRIER_SPEECH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct crier_settings;

/*
 * The host's buffer for one piece of speech: 16-bit signed native-endian
 * mono samples at the rate open() gave, and the sample offsets where
 * sentences start.  Owned by crier; valid during render() only.
 */
struct crier_pcm;

/*
 * Appends n samples (copied) to out.  Returns 0, or -1 when out is NULL.
 * samples may be NULL to append n samples of silence.
 */
int crier_pcm_append(struct crier_pcm *out, const int16_t *samples,
		     size_t n);
/*
 * Notes that a sentence starts at sample at, counted from the start of
 * this render() call (the first sample render() appends is 0; at may lie
 * beyond what has been appended so far).  Marks must not go backwards;
 * a mark at or before the previous one is ignored.  The start of every
 * render() is a mark already.  Returns 0, or -1 when out is NULL.
 */
int crier_pcm_mark(struct crier_pcm *out, size_t at);

/* How to speak: passed to configure(); owned by crier. */
struct crier_voice {
	/*
	 * The voice's name as the user or crier chose it ("en-us", "en-us+f3",
	 * a name voices() listed); never NULL or empty.  crier has checked it
	 * with crier_voice_name_ok(), but it may still name no voice.
	 */
	const char *name;
	int rate;	/* words per minute, 80-450; 175 is ordinary */
	int pitch;	/* 0-99; 50 is the voice's own */
	int volume;	/* 0-200; 100 is normal */
};

/* One language that one voice speaks: what voices() reports. */
struct crier_voice_info {
	const char *name;	/* what configure() takes: "en-us"; never NULL */
	const char *language;	/* a BCP 47 tag it speaks, lower case: "en-us" */
	int priority;		/* lower is better among voices of language */
	const char *description;	/* a longer name, or NULL */
};

/*
 * 1 when name is a plausible voice name: 1-63 bytes of letters, digits
 * and "-_+()." with no "..", no '/' and no leading '.'; else 0.  crier
 * refuses other names before a plugin sees them (they could be paths).
 */
int crier_voice_name_ok(const char *name);

struct crier_speech_ops {
	/*
	 * Starts the synthesizer and sets *state (may be NULL) and
	 * *sample_rate (samples per second, > 0).  settings is the config's
	 * speech group; read your own keys from it.  Called once, first.
	 * Required.
	 */
	int (*open)(const struct crier_settings *settings, void **state,
		    int *sample_rate);
	/*
	 * Sets the voice and its rate, pitch and volume for the next
	 * render() calls.  -1 with crier_error() when the voice is unknown
	 * ("no voice 'xx'"); the previous voice then stays.  Required.
	 */
	int (*configure)(void *state, const struct crier_voice *voice);
	/*
	 * Synthesizes text (NUL-terminated UTF-8, never NULL or empty) and
	 * appends its samples to out with crier_pcm_append(), marking where
	 * each sentence starts with crier_pcm_mark().  End with the silence
	 * a sentence ends with.  Returns 0; 1 when interrupt() stopped it
	 * (what was appended stays); -1 with crier_error() when synthesis
	 * failed.  Required.
	 */
	int (*render)(void *state, const char *text, struct crier_pcm *out);
	/*
	 * Makes a running render() stop soon and later ones return 1 at
	 * once.  Async-signal-safe.  May be NULL (renders then finish).
	 */
	void (*interrupt)(void *state);
	/*
	 * Calls each(data, v) once for every language of every installed
	 * voice; v and its strings live until each() returns.  Returns 0, or
	 * -1 with crier_error().  May be NULL: crier then speaks every
	 * language with the configured voice and "crier voices" lists none.
	 */
	int (*voices)(void *state,
		      void (*each)(void *data, const struct crier_voice_info *v),
		      void *data);
	/* Stops the synthesizer and frees state.  May be NULL. */
	void (*close)(void *state);
};

#ifdef __cplusplus
}
#endif

#endif
