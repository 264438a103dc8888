#pragma once

#include <QtGlobal>

// Where the next page starts (keyset paging): the sort value and id of the last row already
// shown. Unlike OFFSET, a page costs the same however far the view has scrolled, and rows
// inserted by a sync do not shift later pages.
struct PageKey
{
    qint64 sortValue = 0;
    qint64 id = 0;
};
