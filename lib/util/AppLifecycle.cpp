#include "util/AppLifecycle.h"

int AppLifecycle::rateLimitPerMinute(Mode mode, bool hasPendingEdit)
{
    // Lofty keeps a Production app running on its approved configuration while an edit is under
    // review (or was declined), so it keeps Production's limit.
    return mode == Mode::Production || hasPendingEdit ? ProductionRateLimitPerMinute
                                                      : DevelopmentRateLimitPerMinute;
}

AppLifecycle::EditEffect AppLifecycle::editEffect(Mode mode, bool hasPendingEdit)
{
    switch (mode) {
    case Mode::Development:
        return EditEffect::Immediate;
    case Mode::UnderReview:
        return EditEffect::Locked;
    case Mode::Production:
        return EditEffect::Pending;
    case Mode::Declined:
        return hasPendingEdit ? EditEffect::PendingReplaced : EditEffect::Immediate;
    }
    return EditEffect::Locked;
}

QString AppLifecycle::lockedMessage()
{
    return tr("The app is under review: its edit controls are locked until the review ends. Cancel "
              "the pending edit to change it.");
}

AppLifecycle::Transition AppLifecycle::transition(
    Mode mode, bool hasPendingEdit, Action action, const QString& reason)
{
    Transition result;
    switch (action) {
    case Action::Submit:
        if (mode == Mode::Development || mode == Mode::Declined) {
            result.allowed = true;
            result.mode = Mode::UnderReview;
        } else {
            result.refusal = mode == Mode::UnderReview
                ? tr("The app is already under review.")
                : tr("A Production app is submitted by editing it: the edit goes to review.");
        }
        break;
    case Action::CancelPendingEdit:
        if ((mode == Mode::UnderReview || mode == Mode::Declined) && hasPendingEdit) {
            result.allowed = true;
            result.mode = Mode::Production;
            result.dropsPendingEdit = true;
        } else if (mode == Mode::UnderReview) {
            // A first submission withdrawn: the app goes back to being edited in Development.
            result.allowed = true;
            result.mode = Mode::Development;
        } else {
            result.refusal = tr("There is no pending edit to cancel.");
        }
        break;
    case Action::Publish:
        if (mode == Mode::UnderReview) {
            result.allowed = true;
            result.mode = Mode::Production;
            result.appliesPendingEdit = hasPendingEdit;
        } else {
            result.refusal = tr("Only an app under review can be published.");
        }
        break;
    case Action::Decline:
        if (mode != Mode::UnderReview) {
            result.refusal = tr("Only an app under review can be declined.");
        } else if (reason.trimmed().isEmpty()) {
            result.refusal = tr("A declined review needs its reason (Lofty sends it by e-mail).");
        } else {
            result.allowed = true;
            result.mode = Mode::Declined;
        }
        break;
    }
    if (!result.allowed)
        result.mode = mode;
    return result;
}

QString AppLifecycle::actionName(Action action)
{
    switch (action) {
    case Action::Submit:
        return QStringLiteral("submit");
    case Action::CancelPendingEdit:
        return QStringLiteral("cancel");
    case Action::Publish:
        return QStringLiteral("publish");
    case Action::Decline:
        return QStringLiteral("decline");
    }
    return QString();
}

bool AppLifecycle::actionFromName(const QString& name, Action* action)
{
    for (Action candidate : {Action::Submit, Action::CancelPendingEdit, Action::Publish, Action::Decline}) {
        if (actionName(candidate) == name) {
            *action = candidate;
            return true;
        }
    }
    return false;
}
