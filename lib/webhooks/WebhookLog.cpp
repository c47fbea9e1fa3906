#include "webhooks/WebhookLog.h"

Q_LOGGING_CATEGORY(lcWebhooks, "lofty.webhooks", QtInfoMsg)
