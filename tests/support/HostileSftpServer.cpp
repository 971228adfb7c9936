// A deliberately broken SFTP server for the engine's tests. sshd runs it as the sftp subsystem
// ("Subsystem sftp <this program> MODE LOGFILE", or @FILE instead of MODE to read it from FILE); it
// speaks just enough SFTP version 3 to reach the point where it misbehaves the way MODE says, and logs
// every request it gets to LOGFILE ("type id first-string" per line) so a test can prove what the
// client did and did not ask for. Plain C++ and POSIX: it must not depend on what it tests.
//
// Always: REALPATH "." is "/hostile"; "/hostile" and "/hostile/dir" are folders; every folder lists the
// hostile names (".", "..", "../escape", "/etc/passwd-x", "a/b", NUL, control characters, "") plus
// "good.txt", "suid-file" (04755), "sgid-file" (02755) and "sticky-dir" (01777, which lists the same
// again). Modes, for a STAT or LSTAT of any other path unless said otherwise:
//   normal      attributes of a plain file; OPEN, CLOSE, REMOVE ... answer STATUS OK
//   setuid      attributes with mode 04755
//   hugelength  a packet length of 0xFFFFFFF0      zerolength  a packet length of 0
//   truncated   half a packet, then the end        unknownid   a reply to an id never sent
//   duplicate   the same reply twice               extcount    ATTRS with 0x7fffffff extended pairs
//   wrongtype   a HANDLE where ATTRS belongs       namecount   READDIR: NAME with count 2^31, tiny packet
//   version2    VERSION 2 instead of 3
//   files       OPEN/FSTAT/READ serve every name as a file of ten bytes
//   bigdata     as files, but READ answers with 200,000 bytes whatever was asked
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

std::string g_mode;
FILE* g_log = nullptr;

bool readFully(void* buf, size_t n)
{
    auto* p = static_cast<char*>(buf);
    while (n > 0) {
        const ssize_t r = ::read(0, p, n);
        if (r <= 0) {
            return false;
        }
        p += r;
        n -= size_t(r);
    }
    return true;
}

void writeFully(const std::string& data)
{
    const char* p = data.data();
    size_t n = data.size();
    while (n > 0) {
        const ssize_t w = ::write(1, p, n);
        if (w <= 0) {
            _exit(0);
        }
        p += w;
        n -= size_t(w);
    }
}

void putU32(std::string& s, uint32_t v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    s.append(b, 4);
}

void putU64(std::string& s, uint64_t v)
{
    putU32(s, uint32_t(v >> 32));
    putU32(s, uint32_t(v));
}

void putString(std::string& s, const std::string& v)
{
    putU32(s, uint32_t(v.size()));
    s += v;
}

uint32_t getU32(const std::string& s, size_t& pos)
{
    if (pos + 4 > s.size()) {
        pos = s.size() + 1;
        return 0;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(s.data() + pos);
    pos += 4;
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

std::string getString(const std::string& s, size_t& pos)
{
    const uint32_t n = getU32(s, pos);
    if (pos > s.size() || n > s.size() - pos) {
        pos = s.size() + 1;
        return std::string();
    }
    std::string v = s.substr(pos, n);
    pos += n;
    return v;
}

std::string packet(uint8_t type, const std::string& body)
{
    std::string p;
    putU32(p, uint32_t(body.size() + 1));
    p += char(type);
    p += body;
    return p;
}

void sendStatus(uint32_t id, uint32_t code)
{
    std::string b;
    putU32(b, id);
    putU32(b, code);
    putString(b, code == 0 ? "OK" : "Failure");
    putString(b, "");
    writeFully(packet(101, b));
}

// A file's attributes: size, uid/gid, permissions, times.
void putAttrs(std::string& b, uint32_t mode, uint64_t size)
{
    putU32(b, 0x1 | 0x2 | 0x4 | 0x8);
    putU64(b, size);
    putU32(b, 0);
    putU32(b, 0);
    putU32(b, mode);
    putU32(b, 1700000000);
    putU32(b, 1700000000);
}

void sendName(uint32_t id, const std::string& name, uint32_t mode)
{
    std::string b;
    putU32(b, id);
    putU32(b, 1);
    putString(b, name);
    putString(b, name);
    putAttrs(b, mode, 0);
    writeFully(packet(104, b));
}

void sendAttrs(uint32_t id, uint32_t mode)
{
    std::string b;
    putU32(b, id);
    putAttrs(b, mode, 42);
    writeFully(packet(105, b));
}

// The hostile listing: names that must never become paths, a good one, and the special mode bits.
void sendHostileNames(uint32_t id)
{
    struct Item {
        std::string name;
        uint32_t mode;
    };
    const Item items[] = {
        {".", 040755},
        {"..", 040755},
        {"../escape", 0100644},
        {"/etc/passwd-x", 0100644},
        {"a/b", 0100644},
        {std::string("nul\0byte", 8), 0100644},
        {"ctl\x01char", 0100644},
        {"\x1b[2Jclear", 0100644},
        {"", 0100644},
        {"good.txt", 0100644},
        {"suid-file", 0104755},
        {"sgid-file", 0102755},
        {"sticky-dir", 041777},
    };
    std::string b;
    putU32(b, id);
    putU32(b, uint32_t(sizeof items / sizeof items[0]));
    for (const Item& item : items) {
        putString(b, item.name);
        putString(b, "-rw-r--r--    1 root     root            0 Jan  1 00:00 " + item.name);
        putAttrs(b, item.mode, 0);
    }
    writeFully(packet(104, b));
}

void logRequest(uint8_t type, uint32_t id, const std::string& arg)
{
    if (g_log == nullptr) {
        return;
    }
    std::fprintf(g_log, "%u %u ", unsigned(type), unsigned(id));
    for (unsigned char c : arg) {
        if (c < 0x20 || c >= 0x7f || c == '\\') {
            std::fprintf(g_log, "\\x%02x", c);
        } else {
            std::fputc(c, g_log);
        }
    }
    std::fputc('\n', g_log);
    std::fflush(g_log);
}

// Answers a STAT in the way the mode asks for. Returns false to end the program.
bool misbehaveOnStat(uint32_t id)
{
    if (g_mode == "hugelength") {
        std::string p;
        putU32(p, 0xFFFFFFF0u);
        p += char(105);
        putU32(p, id);
        writeFully(p + std::string(64, 'x'));
    } else if (g_mode == "zerolength") {
        std::string p;
        putU32(p, 0);
        writeFully(p);
    } else if (g_mode == "truncated") {
        std::string b;
        putU32(b, id);
        putAttrs(b, 0100644, 1);
        std::string p = packet(105, b);
        writeFully(p.substr(0, p.size() / 2));
        return false;
    } else if (g_mode == "unknownid") {
        sendAttrs(id + 1000, 0100644);
    } else if (g_mode == "duplicate") {
        sendAttrs(id, 0100644);
        sendAttrs(id, 0100644);
    } else if (g_mode == "extcount") {
        std::string b;
        putU32(b, id);
        putU32(b, 0x80000000u);
        putU32(b, 0x7fffffffu);
        putString(b, "k");
        putString(b, "v");
        writeFully(packet(105, b));
    } else if (g_mode == "wrongtype") {
        std::string b;
        putU32(b, id);
        putString(b, "a handle where attributes belong");
        writeFully(packet(102, b));
    } else {
        sendAttrs(id, g_mode == "setuid" ? 0104755 : 0100644);
    }
    return true;
}

uint64_t getU64(const std::string& s, size_t& pos)
{
    const uint64_t high = getU32(s, pos);
    return high << 32 | getU32(s, pos);
}

// OPEN, FSTAT and READ of a ten-byte file. False for other requests.
bool serveFile(uint8_t type, uint32_t id, const std::string& body, size_t pos, int& handles)
{
    constexpr uint64_t FileSize = 10;
    std::string b;
    putU32(b, id);
    if (type == 3) { // OPEN
        putString(b, "f" + std::to_string(handles++));
        writeFully(packet(102, b));
    } else if (type == 8) { // FSTAT
        putAttrs(b, 0100644, FileSize);
        writeFully(packet(105, b));
    } else if (type == 5) { // READ: handle (already read), offset, length
        const uint64_t offset = getU64(body, pos);
        const uint32_t length = getU32(body, pos);
        if (g_mode == "bigdata") {
            putString(b, std::string(200000, 'd'));
            writeFully(packet(103, b));
        } else if (offset >= FileSize) {
            putU32(b, 1);
            putString(b, "End of file");
            putString(b, "");
            writeFully(packet(101, b));
        } else {
            putString(b, std::string(size_t(std::min<uint64_t>(length, FileSize - offset)), 'd'));
            writeFully(packet(103, b));
        }
    } else {
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    g_mode = argc > 1 ? argv[1] : "normal";
    // "@FILE": the mode is in FILE, so one sshd serves every mode of a test run.
    if (!g_mode.empty() && g_mode[0] == '@') {
        FILE* f = std::fopen(g_mode.c_str() + 1, "r");
        char buf[64] = {};
        if (f != nullptr && std::fgets(buf, sizeof buf, f) != nullptr) {
            g_mode = std::string(buf, std::strcspn(buf, "\r\n"));
        }
        if (f != nullptr) {
            std::fclose(f);
        }
    }
    if (argc > 2) {
        g_log = std::fopen(argv[2], "a");
    }
    int handles = 0;
    bool listed = false;
    for (;;) {
        unsigned char lenBuf[4];
        if (!readFully(lenBuf, 4)) {
            return 0;
        }
        const uint32_t length =
            uint32_t(lenBuf[0]) << 24 | uint32_t(lenBuf[1]) << 16 | uint32_t(lenBuf[2]) << 8 | uint32_t(lenBuf[3]);
        if (length == 0 || length > 300000) {
            return 1;
        }
        std::string body(length, '\0');
        if (!readFully(&body[0], length)) {
            return 0;
        }
        const auto type = uint8_t(body[0]);
        size_t pos = 1;
        if (type == 1) {
            logRequest(type, 0, "init");
            std::string b;
            putU32(b, g_mode == "version2" ? 2 : 3);
            putString(b, "posix-rename@openssh.com");
            putString(b, "1");
            writeFully(packet(2, b));
            continue;
        }
        const uint32_t id = getU32(body, pos);
        const std::string arg = getString(body, pos);
        logRequest(type, id, arg);
        switch (type) {
        case 16: // REALPATH
            sendName(id, arg == "." ? "/hostile" : arg, 040755);
            break;
        case 17: // STAT
        case 7:  // LSTAT
            if (arg == "/hostile/dir" || arg == "/hostile") {
                sendAttrs(id, 040755);
            } else if (!misbehaveOnStat(id)) {
                return 0;
            }
            break;
        case 11: { // OPENDIR
            std::string b;
            putU32(b, id);
            putString(b, "h" + std::to_string(handles++));
            writeFully(packet(102, b));
            listed = false;
            break;
        }
        case 12: // READDIR
            if (g_mode == "namecount") {
                std::string b;
                putU32(b, id);
                putU32(b, 0x80000000u);
                putString(b, "x");
                writeFully(packet(104, b));
            } else if (!listed) {
                listed = true;
                sendHostileNames(id);
            } else {
                std::string b;
                putU32(b, id);
                putU32(b, 1);
                putString(b, "End of file");
                putString(b, "");
                writeFully(packet(101, b));
            }
            break;
        default:
            // "files" and "bigdata" serve every name as a file of ten bytes ("bigdata" then answers a READ
            // with far more than was asked for); otherwise CLOSE, REMOVE, SETSTAT, OPEN ... are all "fine".
            if ((g_mode == "files" || g_mode == "bigdata") && serveFile(type, id, body, pos, handles)) {
                break;
            }
            sendStatus(id, 0);
            break;
        }
    }
}
