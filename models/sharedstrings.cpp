#include "sharedstrings.h"

#include "foldedtext.h"

#include <algorithm>
#include <numeric>

SharedStrings::SharedStrings()
{
    intern(QString());
}

quint32 SharedStrings::intern(const QString &value)
{
    const auto found = m_indexes.constFind(value);
    if (found != m_indexes.constEnd())
        return found.value();
    const auto index = quint32(m_values.size());
    m_values.append(value);
    m_folded.push_back(FoldedText::fold(value));
    m_indexes.insert(value, index);
    m_ranks.clear();
    return index;
}

int SharedStrings::compare(quint32 a, quint32 b) const
{
    if (a == b)
        return 0;
    if (const int folded = FoldedText::compare(m_folded[a], m_folded[b]))
        return folded;
    return m_values.at(a).compare(m_values.at(b));
}

const std::vector<quint32> &SharedStrings::ranks() const
{
    if (m_ranks.size() == size_t(m_values.size()))
        return m_ranks;
    std::vector<quint32> byText(m_values.size());
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(),
              [this](quint32 a, quint32 b) { return compare(a, b) < 0; });
    m_ranks.assign(byText.size(), 0);
    for (quint32 rank = 0; rank < byText.size(); ++rank)
        m_ranks[byText[rank]] = rank;
    return m_ranks;
}
