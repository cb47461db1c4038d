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

/// Points the iterator at UTF-8 text (boundaries are then byte offsets);
/// returns 0 on success. The text must outlive its use.
int thanrak_word_iterator_set_utf8(void *iterator, const char *bytes, int64_t length);
/// Releases the text set last.
void thanrak_word_iterator_clear(void *iterator);

int32_t thanrak_word_first(void *iterator);
/// The next boundary, or -1 at the end.
int32_t thanrak_word_next(void *iterator);
/// Status of the segment before the current boundary: 100–199 a number,
/// 200 and up letters (UBRK_WORD_NUMBER, UBRK_WORD_LETTER…), below 100 none.
int32_t thanrak_word_status(void *iterator);

#endif
