"""Builds the zip, plist and signing-block parts of the test packages (used by build-packages.ts).

Written apart from the reader and from its format notes' code: zips by Python's zipfile, plists by plistlib, and the
HAP signing block after OpenHarmony's SignHap.generateHapSigningBlock. Nothing here reads what the reader reads.
"""
import json
import plistlib
import struct
import sys
import zipfile


def zip_files(out, pairs, stored=()):
    with zipfile.ZipFile(out, 'w') as z:
        for name, path in pairs:
            with open(path, 'rb') as f:
                data = f.read()
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)


def central_directory(data):
    eocd = data.rfind(b'PK\x05\x06')
    size, offset = struct.unpack_from('<II', data, eocd + 12)
    return eocd, offset, size


def splice(out, apk, block):
    """Inserts `block` right before the central directory and moves the End of Central Directory's offset."""
    with open(apk, 'rb') as f:
        data = bytearray(f.read())
    with open(block, 'rb') as f:
        extra = f.read()
    eocd, offset, size = central_directory(data)
    struct.pack_into('<I', data, eocd + 16, offset + len(extra))
    with open(out, 'wb') as f:
        f.write(bytes(data[:offset]) + extra + bytes(data[offset:]))


def hap_block(out, signature, profile):
    """type/length/offset table, values, then u32 count, u64 size, magic "<hap sign block>", u32 version 3."""
    blocks = []
    with open(profile, 'rb') as f:
        blocks.append((0x20000002, f.read()))
    with open(signature, 'rb') as f:
        blocks.append((0x20000000, f.read()))
    table = b''
    values = b''
    offset = 12 * len(blocks)
    for kind, value in blocks:
        table += struct.pack('<III', kind, len(value), offset + len(values))
        values += value
    size = len(table) + len(values) + 32
    with open(out, 'wb') as f:
        f.write(table + values + struct.pack('<IQ', len(blocks), size) + b'<hap sign block>' + struct.pack('<I', 3))


def add_v1(out, v2_apk, v1_apk):
    """Copies v1_apk's META-INF signature files into v2_apk, keeping v2_apk's signing block before the directory."""
    with open(v2_apk, 'rb') as f:
        data = f.read()
    eocd, offset, size = central_directory(data)
    footer = data[offset - 24:offset]
    assert footer[8:] == b'APK Sig Block 42'
    block_size = struct.unpack_from('<Q', footer, 0)[0]
    block_at = offset - block_size - 8
    entries, block, directory = data[:block_at], data[block_at:offset], data[offset:offset + size]
    count = struct.unpack_from('<H', data, eocd + 10)[0]
    added_local = b''
    added_central = b''
    with zipfile.ZipFile(v1_apk) as z:
        for info in z.infolist():
            if not info.filename.startswith('META-INF/'):
                continue
            body = z.read(info.filename)
            name = info.filename.encode()
            local_at = len(entries) + len(added_local)
            crc = zipfile.crc32(body) & 0xffffffff
            added_local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 0, 0, 0x21, crc, len(body), len(body), len(name), 0) + name + body
            added_central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 0, 0, 0x21, crc, len(body), len(body),
                                         len(name), 0, 0, 0, 0, 0, local_at) + name
            count += 1
    new_offset = len(entries) + len(added_local) + len(block)
    new_directory = directory + added_central
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, count, count, len(new_directory), new_offset, 0)
    with open(out, 'wb') as f:
        f.write(entries + added_local + block + new_directory + end)


def utf8_manifest(out, apk):
    """Rewrites the binary manifest's string pool from UTF-16 (what Debian's aapt writes) to UTF-8 (what aapt2 writes)."""
    with zipfile.ZipFile(apk) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    manifest = next(data for info, data in entries if info.filename == 'AndroidManifest.xml')
    _, _, pool_size, count, styles, flags, strings_start, _ = struct.unpack_from('<HHIIIIII', manifest, 8)
    assert styles == 0 and not flags & 0x100
    strings = []
    for i in range(count):
        at = 8 + strings_start + struct.unpack_from('<I', manifest, 8 + 28 + 4 * i)[0]
        length = struct.unpack_from('<H', manifest, at)[0]
        strings.append(manifest[at + 2:at + 2 + 2 * length].decode('utf-16-le'))

    def size(n):
        return bytes([n]) if n < 0x80 else bytes([0x80 | (n >> 8), n & 0xff])

    data = b''
    offsets = b''
    for text in strings:
        encoded = text.encode('utf-8')
        offsets += struct.pack('<I', len(data))
        data += size(len(text)) + size(len(encoded)) + encoded + b'\0'
    data += b'\0' * (-len(data) % 4)
    start = 28 + len(offsets)
    pool = struct.pack('<HHIIIIII', 1, 28, start + len(data), count, 0, flags | 0x100, start, 0) + offsets + data
    rest = manifest[8 + pool_size:]
    rewritten = struct.pack('<HHI', 3, 8, 8 + len(pool) + len(rest)) + pool + rest
    with zipfile.ZipFile(out, 'w') as z:
        for info, body in entries:
            z.writestr(info, rewritten if info.filename == 'AndroidManifest.xml' else body, compress_type=info.compress_type)


def main(argv):
    command = argv[0]
    if command == 'zip':
        out, spec = argv[1], json.loads(argv[2])
        zip_files(out, spec['files'], spec.get('stored', []))
    elif command == 'plist':
        out, fmt, spec = argv[1], argv[2], json.loads(argv[3])
        value = {k: v for k, v in spec.items() if k != '$certificates'}
        if '$certificates' in spec:
            certs = []
            for path in spec['$certificates']:
                with open(path, 'rb') as f:
                    certs.append(f.read())
            value['DeveloperCertificates'] = certs
        with open(out, 'wb') as f:
            plistlib.dump(value, f, fmt=plistlib.FMT_BINARY if fmt == 'binary' else plistlib.FMT_XML)
    elif command == 'splice':
        splice(argv[1], argv[2], argv[3])
    elif command == 'hap-block':
        hap_block(argv[1], argv[2], argv[3])
    elif command == 'utf8-manifest':
        utf8_manifest(argv[1], argv[2])
    elif command == 'add-v1':
        add_v1(argv[1], argv[2], argv[3])
    else:
        raise SystemExit(f'unknown command {command}')


if __name__ == '__main__':
    main(sys.argv[1:])
