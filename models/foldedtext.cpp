#include "foldedtext.h"

#include <QString>

namespace FoldedText {

QByteArray fold(QStringView text)
{
    // Most row texts are ASCII: lower-case them byte by byte instead of building two QStrings.
    QByteArray folded(text.size(), Qt::Uninitialized);
    char *out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.toString().toCaseFolded().toUtf8();
        *out++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return folded;
}

} // namespace FoldedText
