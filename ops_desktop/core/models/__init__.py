"""Every table of ops-desktop. Import from here: ``from ops_desktop.core.models import Staff``."""

from .acknowledgements import RegulationAcknowledgement
from .appeals import Appeal
from .appraisal import (
    AppraisalPeriod,
    AppraisalScheme,
    DataScore,
    GradeBand,
    KpiFigure,
    KpiMetric,
    PeerAssignment,
    PeriodBonusBase,
    SchemeDimension,
    SchemeSource,
    ScoreComment,
    ScoreEntry,
)
from .base import Base
from .communication import ActionItem, Meeting, MeetingAttendee, Suggestion
from .organisation import DutyLine, Position, ResponsibilityArea, Staff
from .records import AppSetting, AuditEntry
from .regulation import (
    ApprovedScheme,
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
)
from .training import (
    DevelopmentNote,
    DevelopmentPlan,
    TrainingAttendance,
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingPlan,
    TrainingSession,
)
from .workflow import (
    RunAttachment,
    StageApproval,
    StepCompletion,
    WorkflowRun,
    WorkflowStage,
    WorkflowStep,
    WorkflowTemplate,
)

__all__ = [
    "ActionItem",
    "Appeal",
    "AppSetting",
    "AppraisalPeriod",
    "AppraisalScheme",
    "ApprovedScheme",
    "AuditEntry",
    "Base",
    "DataScore",
    "DevelopmentNote",
    "DevelopmentPlan",
    "DutyLine",
    "GradeBand",
    "KpiFigure",
    "KpiMetric",
    "Meeting",
    "MeetingAttendee",
    "PeerAssignment",
    "PeriodBonusBase",
    "Position",
    "RegulationAcknowledgement",
    "RegulationChapter",
    "RegulationClause",
    "RegulationSection",
    "RegulationVersion",
    "ResponsibilityArea",
    "RunAttachment",
    "SchemeDimension",
    "SchemeSource",
    "ScoreComment",
    "ScoreEntry",
    "StageApproval",
    "Staff",
    "StepCompletion",
    "Suggestion",
    "TrainingAttendance",
    "TrainingCategory",
    "TrainingCourse",
    "TrainingMethod",
    "TrainingPlan",
    "TrainingSession",
    "WorkflowRun",
    "WorkflowStage",
    "WorkflowStep",
    "WorkflowTemplate",
]
