#include "cwordbreak.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/// The iterator and the UText it reads (ICU keeps a pointer to it).
typedef struct {
    UBreakIterator *iterator;
    UText *text;
} WordIterator;

void *thanrak_word_iterator(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "th", NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) return NULL;
    WordIterator *w = calloc(1, sizeof *w);
    if (w == NULL) { ubrk_close(iterator); return NULL; }
    w->iterator = iterator;
    return w;
}

void thanrak_word_iterator_clear(void *iterator) {
    WordIterator *w = iterator;
    if (w->text != NULL) { utext_close(w->text); w->text = NULL; }
}

void thanrak_word_iterator_close(void *iterator) {
    WordIterator *w = iterator;
    if (w == NULL) return;
    thanrak_word_iterator_clear(w);
    ubrk_close(w->iterator);
    free(w);
}

int thanrak_word_iterator_set_utf8(void *iterator, const char *bytes, int64_t length) {
    WordIterator *w = iterator;
    thanrak_word_iterator_clear(w);
    UErrorCode status = U_ZERO_ERROR;
    w->text = utext_openUTF8(NULL, bytes, length, &status);
    if (U_FAILURE(status)) { w->text = NULL; return -1; }
    ubrk_setUText(w->iterator, w->text, &status);
    if (U_FAILURE(status)) { thanrak_word_iterator_clear(w); return -1; }
    return 0;
}

int32_t thanrak_word_first(void *iterator) { return ubrk_first(((WordIterator *)iterator)->iterator); }
int32_t thanrak_word_next(void *iterator) { return ubrk_next(((WordIterator *)iterator)->iterator); }
int32_t thanrak_word_status(void *iterator) { return ubrk_getRuleStatus(((WordIterator *)iterator)->iterator); }
