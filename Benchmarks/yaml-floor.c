/*
 * yaml-floor: the least `thanrak check` can cost with libyaml's event API.
 *
 *   yaml-floor DIR [THREADS]
 *
 * Reads every *.yaml file below DIR (and the YAML front matter of nothing
 * else: pages are Markdown) and pulls all of libyaml's events from it,
 * deleting each, on THREADS threads (default: every core), as Thanrak's
 * loader does, but building no model, checking nothing and keeping nothing.
 * Prints files, bytes and events. check.sh times it beside `thanrak check`,
 * so the table shows how much of a check is reading plus libyaml alone.
 *
 * Build: cc -O2 -pthread -o yaml-floor yaml-floor.c $(pkg-config --cflags --libs yaml-0.1)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

static char **paths;
static size_t count, capacity;
static atomic_size_t next_file;
static atomic_ulong total_bytes, total_events, failures;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 5 || strcmp(path + n - 5, ".yaml") != 0) return 0;
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        paths = realloc(paths, capacity * sizeof *paths);
        if (!paths) { perror("realloc"); exit(2); }
    }
    paths[count++] = strdup(path);
    return 0;
}

/* One file: read whole, then every event. */
static void parse(const char *path, unsigned char **buffer, size_t *room) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) { atomic_fetch_add(&failures, 1); return; }
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); atomic_fetch_add(&failures, 1); return; }
    size_t size = (size_t)st.st_size;
    if (size + 1 > *room) {
        *room = size + 1;
        *buffer = realloc(*buffer, *room);
        if (!*buffer) { perror("realloc"); exit(2); }
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = read(fd, *buffer + got, size - got);
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(fd);
    yaml_parser_t parser;
    yaml_event_t event;
    unsigned long events = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser, *buffer, got);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { atomic_fetch_add(&failures, 1); break; }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    atomic_fetch_add(&total_bytes, got);
    atomic_fetch_add(&total_events, events);
}

static void *worker(void *unused) {
    (void)unused;
    unsigned char *buffer = NULL;
    size_t room = 0;
    for (;;) {
        size_t i = atomic_fetch_add(&next_file, 1);
        if (i >= count) break;
        parse(paths[i], &buffer, &room);
    }
    free(buffer);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: yaml-floor DIR [THREADS]\n");
        return 2;
    }
    long threads = argc == 3 ? strtol(argv[2], NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1 || threads > 256) { fprintf(stderr, "yaml-floor: THREADS must be 1 to 256\n"); return 2; }
    if (nftw(argv[1], collect, 64, FTW_PHYS) != 0) { perror(argv[1]); return 2; }
    pthread_t ids[256];
    for (long t = 1; t < threads; t++) pthread_create(&ids[t], NULL, worker, NULL);
    worker(NULL);
    for (long t = 1; t < threads; t++) pthread_join(ids[t], NULL);
    printf("%zu files, %lu bytes, %lu events, %lu unreadable or malformed\n", count,
           (unsigned long)total_bytes, (unsigned long)total_events, (unsigned long)failures);
    return failures ? 1 : 0;
}
