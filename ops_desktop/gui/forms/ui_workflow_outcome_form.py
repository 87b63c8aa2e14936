# Generated from ui/workflow_outcome_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkflowOutcomeForm(object):
    def setupUi(self, WorkflowOutcomeForm):
        if not WorkflowOutcomeForm.objectName():
            WorkflowOutcomeForm.setObjectName(u"WorkflowOutcomeForm")
        self.outerLayout = QVBoxLayout(WorkflowOutcomeForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.budgetValueLabel = QLabel(WorkflowOutcomeForm)
        self.budgetValueLabel.setObjectName(u"budgetValueLabel")

        self.fieldsLayout.addWidget(self.budgetValueLabel, 0, 0, 1, 1)

        self.budgetValue = QLabel(WorkflowOutcomeForm)
        self.budgetValue.setObjectName(u"budgetValue")

        self.fieldsLayout.addWidget(self.budgetValue, 0, 1, 1, 1)

        self.budgetValueError = QLabel(WorkflowOutcomeForm)
        self.budgetValueError.setObjectName(u"budgetValueError")
        self.budgetValueError.setWordWrap(True)
        self.budgetValueError.setStyleSheet(u"color: #b00020;")
        self.budgetValueError.setText(u"")

        self.fieldsLayout.addWidget(self.budgetValueError, 0, 2, 1, 1)

        self.spendEditLabel = QLabel(WorkflowOutcomeForm)
        self.spendEditLabel.setObjectName(u"spendEditLabel")

        self.fieldsLayout.addWidget(self.spendEditLabel, 1, 0, 1, 1)

        self.spendEdit = QLineEdit(WorkflowOutcomeForm)
        self.spendEdit.setObjectName(u"spendEdit")

        self.fieldsLayout.addWidget(self.spendEdit, 1, 1, 1, 1)

        self.spendEditError = QLabel(WorkflowOutcomeForm)
        self.spendEditError.setObjectName(u"spendEditError")
        self.spendEditError.setWordWrap(True)
        self.spendEditError.setStyleSheet(u"color: #b00020;")
        self.spendEditError.setText(u"")

        self.fieldsLayout.addWidget(self.spendEditError, 1, 2, 1, 1)

        self.participantsEditLabel = QLabel(WorkflowOutcomeForm)
        self.participantsEditLabel.setObjectName(u"participantsEditLabel")

        self.fieldsLayout.addWidget(self.participantsEditLabel, 2, 0, 1, 1)

        self.participantsEdit = QLineEdit(WorkflowOutcomeForm)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.fieldsLayout.addWidget(self.participantsEdit, 2, 1, 1, 1)

        self.participantsEditError = QLabel(WorkflowOutcomeForm)
        self.participantsEditError.setObjectName(u"participantsEditError")
        self.participantsEditError.setWordWrap(True)
        self.participantsEditError.setStyleSheet(u"color: #b00020;")
        self.participantsEditError.setText(u"")

        self.fieldsLayout.addWidget(self.participantsEditError, 2, 2, 1, 1)

        self.interactionsEditLabel = QLabel(WorkflowOutcomeForm)
        self.interactionsEditLabel.setObjectName(u"interactionsEditLabel")

        self.fieldsLayout.addWidget(self.interactionsEditLabel, 3, 0, 1, 1)

        self.interactionsEdit = QLineEdit(WorkflowOutcomeForm)
        self.interactionsEdit.setObjectName(u"interactionsEdit")

        self.fieldsLayout.addWidget(self.interactionsEdit, 3, 1, 1, 1)

        self.interactionsEditError = QLabel(WorkflowOutcomeForm)
        self.interactionsEditError.setObjectName(u"interactionsEditError")
        self.interactionsEditError.setWordWrap(True)
        self.interactionsEditError.setStyleSheet(u"color: #b00020;")
        self.interactionsEditError.setText(u"")

        self.fieldsLayout.addWidget(self.interactionsEditError, 3, 2, 1, 1)

        self.reachEditLabel = QLabel(WorkflowOutcomeForm)
        self.reachEditLabel.setObjectName(u"reachEditLabel")

        self.fieldsLayout.addWidget(self.reachEditLabel, 4, 0, 1, 1)

        self.reachEdit = QLineEdit(WorkflowOutcomeForm)
        self.reachEdit.setObjectName(u"reachEdit")

        self.fieldsLayout.addWidget(self.reachEdit, 4, 1, 1, 1)

        self.reachEditError = QLabel(WorkflowOutcomeForm)
        self.reachEditError.setObjectName(u"reachEditError")
        self.reachEditError.setWordWrap(True)
        self.reachEditError.setStyleSheet(u"color: #b00020;")
        self.reachEditError.setText(u"")

        self.fieldsLayout.addWidget(self.reachEditError, 4, 2, 1, 1)

        self.outcomeEditLabel = QLabel(WorkflowOutcomeForm)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.fieldsLayout.addWidget(self.outcomeEditLabel, 5, 0, 1, 1)

        self.outcomeEdit = QPlainTextEdit(WorkflowOutcomeForm)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.outcomeEdit, 5, 1, 1, 1)

        self.outcomeEditError = QLabel(WorkflowOutcomeForm)
        self.outcomeEditError.setObjectName(u"outcomeEditError")
        self.outcomeEditError.setWordWrap(True)
        self.outcomeEditError.setStyleSheet(u"color: #b00020;")
        self.outcomeEditError.setText(u"")

        self.fieldsLayout.addWidget(self.outcomeEditError, 5, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.overBudgetLabel = QLabel(WorkflowOutcomeForm)
        self.overBudgetLabel.setObjectName(u"overBudgetLabel")
        self.overBudgetLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.overBudgetLabel.setText(u"")
        self.overBudgetLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.overBudgetLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(WorkflowOutcomeForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(WorkflowOutcomeForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.budgetValueLabel.setBuddy(self.budgetValue)
        self.spendEditLabel.setBuddy(self.spendEdit)
        self.participantsEditLabel.setBuddy(self.participantsEdit)
        self.interactionsEditLabel.setBuddy(self.interactionsEdit)
        self.reachEditLabel.setBuddy(self.reachEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowOutcomeForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkflowOutcomeForm)
    # setupUi

    def retranslateUi(self, WorkflowOutcomeForm):
        self.budgetValueLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Budget", None))
        self.spendEditLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Actual spend", None))
        self.participantsEditLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Participants", None))
        self.interactionsEditLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Interactions", None))
        self.reachEditLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Reach", None))
        self.outcomeEditLabel.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Outcome", None))
        self.revertButton.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("WorkflowOutcomeForm", u"Save", None))
        pass
    # retranslateUi

