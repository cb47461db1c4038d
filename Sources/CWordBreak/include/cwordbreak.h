// ICU's word break iterator, for segmenting Thai (which has no spaces
// between words) in the search index. A C wrapper rather than a module
// map over ICU's headers: ICU renames its functions per version with
// macros Swift cannot import, and its types would clash with the copy of
// ICU inside Foundation.
#ifndef CWORDBREAK_H
#define CWORDBREAK_H
#include <stdint.h>

/// A word iterator with ICU's Thai dictionary; NULL if ICU has no data.
void *thanrak_word_iterator(void);
void thanrak_word_iterator_close(void *iterator);

/// Finds the words of UTF-8 `text`: segments ICU rates as letters or a
/// number (rule status 100 and up; spaces and punctuation are not words).
/// Writes each as three numbers into `words` (start and end byte offsets
/// into `text`, then the status: 100–199 a number, 200 and up letters) and
/// returns how many words there are, or -1 if ICU failed. If that is more
/// than `capacity`, only `capacity` were written: call again with room.
int64_t thanrak_words(void *iterator, const char *text, int64_t length, int32_t *words, int64_t capacity);

/// ICU's version ("72.1.0.3") into `out`, which has room for 20 bytes: a
/// cache of segmented words is only valid for the ICU that segmented them.
void thanrak_icu_version(char *out);

#endif
