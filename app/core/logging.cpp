#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "agentdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "agentdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "agentdesk.cache", QtInfoMsg)
