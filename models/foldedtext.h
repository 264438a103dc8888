#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstring>
#include <string_view>

// Case-insensitive text as the models compare and search it: the UTF-8 bytes of the simple
// case folding (QString::toCaseFolded). UTF-8 keeps code point order under memcmp, and a folded
// needle can only match a folded haystack at character boundaries, so sorting and filtering are
// byte operations on text folded once, when a row is stored.
namespace FoldedText {

QByteArray fold(QStringView text);

inline int compare(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const int result = common ? std::memcmp(a.data(), b.data(), size_t(common)) : 0;
    if (result != 0)
        return result;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

inline bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    // libstdc++ finds the first byte with memchr, then compares: fast on short row texts
    return std::string_view(haystack.data(), size_t(haystack.size()))
               .find(std::string_view(needle.data(), size_t(needle.size())))
        != std::string_view::npos;
}

} // namespace FoldedText
