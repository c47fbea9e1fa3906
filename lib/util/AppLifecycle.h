#pragma once

#include <QCoreApplication>
#include <QString>

// Lofty's app lifecycle as its Developer Portal runs it, shared by the console's record of an app
// (AppRegistration) and the sandbox's apps (SandboxApp), so that both follow one set of rules:
//
//   Development --submit--> Under Review --publish--> Production
//                                 |  --decline(reason)--> Declined --submit (resubmit)--> Under Review
//   Production --edit--> Under Review with a pending edit: the approved configuration and the
//                        Production rate limit keep running beside it; edits are locked;
//                        cancel drops the pending edit, publish applies it.
//
// Development and Declined apps (without a pending edit) can be edited freely and their edits take
// effect at once; an edit of a Production app waits for review. Adding an API invalidates every
// token of the app when the edit takes effect: at once in Development, at publish in Production.
class AppLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(AppLifecycle)

public:
    enum class Mode {
        Development, // new apps: full OAuth without review, 100 requests/min
        UnderReview, // submitted; a Production app's pending edit keeps Production's limit
        Production, // approved: 500 requests/min
        Declined, // review refused, with a reason; editable and resubmittable
    };

    enum class Action { Submit, CancelPendingEdit, Publish, Decline };

    enum class EditEffect {
        Immediate, // Development, or Declined without an approved configuration
        Pending, // Production: the edit goes to review and waits there
        PendingReplaced, // Declined with a pending edit: the edit to resubmit is changed
        Locked, // Under Review: cancel the pending edit first
    };

    static constexpr int DevelopmentRateLimitPerMinute = 100;
    static constexpr int ProductionRateLimitPerMinute = 500;

    // A pending edit only exists beside an approved (Production) configuration.
    static int rateLimitPerMinute(Mode mode, bool hasPendingEdit);
    static EditEffect editEffect(Mode mode, bool hasPendingEdit);

    struct Transition
    {
        bool allowed = false;
        Mode mode = Mode::Development; // the mode after the action
        bool appliesPendingEdit = false; // publish: the pending edit becomes the configuration
        bool dropsPendingEdit = false; // cancel: the pending edit is discarded
        QString refusal; // why the action does not apply here (when !allowed)
    };
    // `reason`: Decline needs one (Lofty sends it by e-mail; the sandbox stores it).
    static Transition transition(
        Mode mode, bool hasPendingEdit, Action action, const QString& reason = QString());

    static QString actionName(Action action); // stable ids: "submit", "cancel", "publish", "decline"
    static bool actionFromName(const QString& name, Action* action);
    static QString lockedMessage();
};
