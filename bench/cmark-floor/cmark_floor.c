/* The cmark-gfm floor: parse and render to HTML the bodies of the given Markdown files (front matter stripped)
 * with the options and extensions sitegen uses, on one thread, and nothing else.
 * Usage: cmark_floor FILE...   (or a list of files on stdin with "-"). Prints bytes, files, CPU seconds (user+sys). */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = 0;
    fclose(f);
    return buf;
}

/* The body after a leading "---" YAML block, as sitegen's front matter reader splits it. */
static const char *body_of(const char *text, size_t len, size_t *body_len) {
    if (strncmp(text, "---\n", 4) == 0) {
        const char *end = strstr(text + 4, "\n---\n");
        if (end) { *body_len = len - (size_t)(end + 5 - text); return end + 5; }
    }
    *body_len = len;
    return text;
}

static double cpu_seconds(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    cmark_gfm_core_extensions_ensure_registered();
    int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_UNSAFE;
    const char *names[] = {"table", "strikethrough", "autolink", "tasklist"};
    char **files = argv + 1;
    int count = argc - 1;
    char line[4096];
    if (count == 1 && strcmp(files[0], "-") == 0) {
        count = 0;
        files = NULL;
        size_t cap = 0;
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\n")] = 0;
            if (!*line) continue;
            if ((size_t)count == cap) { cap = cap ? cap * 2 : 1024; files = realloc(files, cap * sizeof *files); }
            files[count++] = strdup(line);
        }
    }
    /* Read everything first: the floor is parsing and rendering, not I/O. */
    char **texts = malloc((size_t)count * sizeof *texts);
    size_t *lens = malloc((size_t)count * sizeof *lens);
    for (int i = 0; i < count; i++) {
        texts[i] = read_file(files[i], &lens[i]);
        if (!texts[i]) { fprintf(stderr, "cannot read %s\n", files[i]); return 2; }
    }
    double start = cpu_seconds();
    size_t in_bytes = 0, out_bytes = 0;
    for (int i = 0; i < count; i++) {
        size_t blen;
        const char *body = body_of(texts[i], lens[i], &blen);
        cmark_parser *parser = cmark_parser_new(options);
        cmark_llist *exts = NULL;
        for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
            cmark_syntax_extension *ext = cmark_find_syntax_extension(names[k]);
            if (ext) cmark_parser_attach_syntax_extension(parser, ext);
        }
        exts = cmark_parser_get_syntax_extensions(parser);
        cmark_parser_feed(parser, body, blen);
        cmark_node *doc = cmark_parser_finish(parser);
        char *html = cmark_render_html(doc, options, exts);
        in_bytes += blen;
        out_bytes += strlen(html);
        free(html);
        cmark_node_free(doc);
        cmark_parser_free(parser);
    }
    double cpu = cpu_seconds() - start;
    printf("files %d, body bytes %zu, html bytes %zu, cpu %.3f s\n", count, in_bytes, out_bytes, cpu);
    return 0;
}
