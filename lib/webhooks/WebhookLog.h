#pragma once

#include <QLoggingCategory>

// lofty.webhooks: the receiver, the history and forwarding. Never a secret unmasked.
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)
