from typing import Literal

AiAnalyzeLogsBodyContext = Literal["build", "runtime"]

AI_ANALYZE_LOGS_BODY_CONTEXT_VALUES: set[AiAnalyzeLogsBodyContext] = {
    "build",
    "runtime",
}


def check_ai_analyze_logs_body_context(value: str) -> AiAnalyzeLogsBodyContext:
    if value in AI_ANALYZE_LOGS_BODY_CONTEXT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYZE_LOGS_BODY_CONTEXT_VALUES!r}"
    )
