#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "agentdesk.api", QtInfoMsg)
