#!/usr/bin/env python3
"""Turns the texts in assets/i18n/<language>.json into the program's tables, and checks them.

Each file is one JSON object (the ARB convention: "@@locale", "@key" notes for translators):
  "key": "text with {placeholders}"            a text
  "key": {"one": "...", "other": "..."}        a text with plural forms, chosen by a count
  "@key": {"description": "..."}               context for translators, not shown
  "@@plural": "one: n = 1" | "one: n = 0 or 1" the language's rule for the "one" form

The build fails, saying what and where, when:
  - a key of the first language is missing in another, or another has a key it lacks;
  - a key is used by no code (under --sources: it appears as a quoted literal "key", or the
    code names its family and member, such as "metric." and "photo" for metric.photo.label);
  - a text's {placeholders} differ from the first language's, form by form;
  - a text is neither a string nor a one/other object, or the plural rule is unknown.

Outputs (each written only when its content changes, so nothing recompiles needlessly):
  --table FILE          the C++ table of every language (included by app/translations.cpp)
  --first-only FILE     the same table with the first language only (the served page's ssi.js)
  --languages FILE      the C++ list of languages and their plural rules
  --lines DIR           DIR/<language>.txt for every language but the first: "key<TAB>text"
                        lines that the served page fetches when a user picks that language
Usage: texts.py --dir assets/i18n --languages-list en fr es [--sources src web] [outputs]
"""
import argparse
import json
import pathlib
import re
import sys

PLURAL_RULES = {'one: n = 1': 'one_is_1', 'one: n = 0 or 1': 'one_is_0_or_1'}
PLURAL_FORMS = ('one', 'other')
PLACEHOLDER = re.compile(r'\{([a-z_]+)\}')


class Problems(list):
    def add(self, where, what):
        self.append(f'{where}: {what}')


def read_language(directory, language, problems):
    path = directory / f'{language}.json'
    try:
        data = json.loads(path.read_text(encoding='utf-8'))
    except (OSError, ValueError) as error:
        problems.add(path, f'cannot be read: {error}')
        return None, None
    if not isinstance(data, dict):
        problems.add(path, 'is not a JSON object')
        return None, None
    rule = data.get('@@plural')
    if rule not in PLURAL_RULES:
        problems.add(path, f'"@@plural" is {json.dumps(rule)}, not one of {", ".join(PLURAL_RULES)}')
    texts = {}
    for key, value in data.items():
        if key.startswith('@'):
            continue
        if isinstance(value, str):
            texts[key] = value
        elif isinstance(value, dict) and sorted(value) == sorted(PLURAL_FORMS) and all(isinstance(v, str) for v in value.values()):
            texts[key] = dict(value)
        else:
            problems.add(path, f'"{key}" is neither a text nor an object of "one" and "other" texts')
    return texts, PLURAL_RULES.get(rule)


def forms(value):
    """(form, text) pairs: ('', text) for a plain text."""
    return list(value.items()) if isinstance(value, dict) else [('', value)]


def check_against_first(first_language, first, language, texts, problems):
    for key in first:
        if key not in texts:
            problems.add(f'{language}.json', f'missing key "{key}" (it is in {first_language}.json)')
    for key in texts:
        if key not in first:
            problems.add(f'{language}.json', f'key "{key}" is not in {first_language}.json')
    for key, value in texts.items():
        if key not in first:
            continue
        if isinstance(value, dict) != isinstance(first[key], dict):
            problems.add(f'{language}.json', f'"{key}" has plural forms in one language and not in the other')
            continue
        expected = {name for _, text in forms(first[key]) for name in PLACEHOLDER.findall(text)}
        for form, text in forms(value):
            found = set(PLACEHOLDER.findall(text))
            if found != expected:
                label = f'"{key}"' + (f' ({form})' if form else '')
                problems.add(f'{language}.json', f'{label} has placeholders {sorted(found)}, {first_language}.json has {sorted(expected)}')


def check_used(first_language, first, sources, problems):
    code = ''
    for source in sources:
        for path in sorted(pathlib.Path(source).rglob('*')):
            if path.suffix in ('.cpp', '.hpp', '.js') and path.is_file():
                code += path.read_text(encoding='utf-8')
    quoted = lambda text: any(q + text + q in code for q in '"\'`')
    for key in first:
        parts = key.split('.')
        named = quoted(key) or any(quoted('.'.join(parts[:i]) + '.') and quoted(parts[i]) for i in range(1, len(parts)))
        if not named:
            problems.add(f'{first_language}.json', f'no code uses key "{key}"')


def cpp_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t') + '"'


def flat(texts):
    """key -> text, with plural forms as "key#one" and "key#other"."""
    out = {}
    for key, value in texts.items():
        for form, text in forms(value):
            out[key + ('#' + form if form else '')] = text
    return out


def write_if_changed(path, content):
    path = pathlib.Path(path)
    if path.exists() and path.read_text(encoding='utf-8') == content:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding='utf-8')


# Texts every build carries in every language: the language menu names each language in itself.
EVERYWHERE = {'ui.language_name'}


def table(languages, flats, keep):
    lines = ['// Written by src/tools/texts.py from assets/i18n: edit those files, not this one.',
             '// Sorted by key, for the binary search in app/translations.cpp.']
    for key in sorted(flats[languages[0]]):
        cells = ', '.join(cpp_string(flats[language][key] if keep(language) or key in EVERYWHERE else '') for language in languages)
        lines.append(f'{{{cpp_string(key)}, {{{cells}}}}},')
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--dir', required=True, type=pathlib.Path)
    parser.add_argument('--languages-list', nargs='+', required=True)
    parser.add_argument('--sources', nargs='*', default=[])
    parser.add_argument('--table')
    parser.add_argument('--first-only')
    parser.add_argument('--languages')
    parser.add_argument('--keys')
    parser.add_argument('--lines', type=pathlib.Path)
    args = parser.parse_args()

    problems = Problems()
    languages = args.languages_list
    read = {language: read_language(args.dir, language, problems) for language in languages}
    if problems:
        sys.exit('texts: ' + '\ntexts: '.join(problems))
    first = read[languages[0]][0]
    for language in languages[1:]:
        check_against_first(languages[0], first, language, read[language][0], problems)
    if args.sources:
        check_used(languages[0], first, args.sources, problems)
    if problems:
        sys.exit('texts: ' + '\ntexts: '.join(problems))

    flats = {language: flat(read[language][0]) for language in languages}
    if args.table:
        write_if_changed(args.table, table(languages, flats, lambda language: True))
    if args.first_only:
        write_if_changed(args.first_only, table(languages, flats, lambda language: language == languages[0]))
    if args.languages:
        entries = [f'SSI_LANGUAGE({language}, {read[language][1]})' for language in languages]
        write_if_changed(args.languages, '// Written by src/tools/texts.py from the list in CMakeLists.txt.\n' + '\n'.join(entries) + '\n')
    if args.keys:
        keys = ''.join(f'{cpp_string(key)},\n' for key in sorted(flats[languages[0]]))
        write_if_changed(args.keys, '// Written by src/tools/texts.py from assets/i18n: every key, sorted.\n' + keys)
    if args.lines:
        for language in languages[1:]:
            content = ''.join(f'{key}\t{text}\n' for key, text in flats[language].items())
            write_if_changed(args.lines / f'{language}.txt', content)


if __name__ == '__main__':
    main()
