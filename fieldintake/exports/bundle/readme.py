"""README.txt: how to open a bundle without fieldintake. No case data."""

from __future__ import annotations

_KEY_CMD = "age -d -i key.txt bundle.fibundle | tar -x"
_PASS_CMD = "age -d bundle.fibundle | tar -x"

_EN = """\
FIELDINTAKE HANDOFF BUNDLE (format fieldintake.bundle/1)

This folder came out of an encrypted bundle (a .fibundle file). You can read
it without fieldintake, using the standard tools age (https://age-encryption.org)
and tar:

    {cmd}

{how}

What the files are:
  manifest.json  what the bundle holds: the sender's contact card, the
                 recipients, and for every other file its size and SHA-256.
  manifest.sig   the sender's Ed25519 signature (base64) over the bytes
                 "fieldintake/bundle-manifest/v1" + newline + manifest.json.
                 Its public key is the "ed25519" line of the sender card.
  README.txt     this text.
  cases/         the case records (JSON).
  attachments/   documents, photos and recordings attached to the cases.
  pdf/           printable case files.
  (Only the folders this bundle needs are present.)

To check that a file is intact, compare its SHA-256 with the manifest:

    sha256sum cases/*.json attachments/*/* pdf/*.pdf
    (on macOS: shasum -a 256 ...; on Windows: certutil -hashfile FILE SHA256)

Check the sender's fingerprint in manifest.json with the sender in person or
by phone before you trust the contents. Keep these files encrypted at rest
and delete them when you no longer need them.
"""

_RU = """\
ПАКЕТ ПЕРЕДАЧИ FIELDINTAKE (формат fieldintake.bundle/1)

Эти файлы извлечены из зашифрованного пакета (файл .fibundle). Их можно
прочитать без fieldintake, стандартными программами age и tar:

    {cmd}

{how}

Что это за файлы:
  manifest.json  опись пакета: карточка отправителя, получатели, и для
                 каждого другого файла его размер и SHA-256.
  manifest.sig   подпись отправителя Ed25519 (base64) над байтами
                 "fieldintake/bundle-manifest/v1" + перевод строки + manifest.json.
                 Открытый ключ — строка "ed25519" в карточке отправителя.
  README.txt     этот текст.
  cases/         записи дел (JSON).
  attachments/   документы, фотографии и записи, приложенные к делам.
  pdf/           дела для печати.
  (Есть только те папки, которые нужны этому пакету.)

Чтобы проверить целостность файла, сравните его SHA-256 с manifest.json:

    sha256sum cases/*.json attachments/*/* pdf/*.pdf

Сверьте отпечаток (fingerprint) отправителя лично или по телефону, прежде
чем доверять содержимому. Храните эти файлы зашифрованными и удалите их,
когда они больше не нужны.
"""

_HOW_KEY_EN = "key.txt is your age secret key (made by age-keygen or exported from fieldintake)."
_HOW_PASS_EN = "age asks for the passphrase, which the sender gave you through another channel."
_HOW_KEY_RU = "key.txt — ваш секретный ключ age (создан age-keygen или экспортирован из fieldintake)."
_HOW_PASS_RU = "age спросит пароль, который отправитель передал вам по другому каналу."


def readme_text(passphrase: bool) -> bytes:
    cmd = _PASS_CMD if passphrase else _KEY_CMD
    en = _EN.format(cmd=cmd, how=_HOW_PASS_EN if passphrase else _HOW_KEY_EN)
    ru = _RU.format(cmd=cmd, how=_HOW_PASS_RU if passphrase else _HOW_KEY_RU)
    return (en + "\n" + "-" * 72 + "\n\n" + ru).encode("utf-8")
