from typing import Literal, cast

AiAnalyzeLogsBodyContext = Literal["build", "runtime"]

AI_ANALYZE_LOGS_BODY_CONTEXT_VALUES: set[AiAnalyzeLogsBodyContext] = {
    "build",
    "runtime",
}


def check_ai_analyze_logs_body_context(value: str) -> AiAnalyzeLogsBodyContext:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``AI_ANALYZE_LOGS_BODY_CONTEXT_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(AiAnalyzeLogsBodyContext, value)
