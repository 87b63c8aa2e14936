# Generated from ui/workflow_run_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from ops_desktop.gui.date_field import DateField

class Ui_WorkflowRunForm(object):
    def setupUi(self, WorkflowRunForm):
        if not WorkflowRunForm.objectName():
            WorkflowRunForm.setObjectName(u"WorkflowRunForm")
        self.outerLayout = QVBoxLayout(WorkflowRunForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.titleEditLabel = QLabel(WorkflowRunForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fieldsLayout.addWidget(self.titleEditLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(WorkflowRunForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleEditError = QLabel(WorkflowRunForm)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setWordWrap(True)
        self.titleEditError.setStyleSheet(u"color: #b00020;")
        self.titleEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleEditError, 0, 2, 1, 1)

        self.templateComboLabel = QLabel(WorkflowRunForm)
        self.templateComboLabel.setObjectName(u"templateComboLabel")

        self.fieldsLayout.addWidget(self.templateComboLabel, 1, 0, 1, 1)

        self.templateCombo = QComboBox(WorkflowRunForm)
        self.templateCombo.setObjectName(u"templateCombo")

        self.fieldsLayout.addWidget(self.templateCombo, 1, 1, 1, 1)

        self.templateComboError = QLabel(WorkflowRunForm)
        self.templateComboError.setObjectName(u"templateComboError")
        self.templateComboError.setWordWrap(True)
        self.templateComboError.setStyleSheet(u"color: #b00020;")
        self.templateComboError.setText(u"")

        self.fieldsLayout.addWidget(self.templateComboError, 1, 2, 1, 1)

        self.ownerComboLabel = QLabel(WorkflowRunForm)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.fieldsLayout.addWidget(self.ownerComboLabel, 2, 0, 1, 1)

        self.ownerCombo = QComboBox(WorkflowRunForm)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsLayout.addWidget(self.ownerCombo, 2, 1, 1, 1)

        self.ownerComboError = QLabel(WorkflowRunForm)
        self.ownerComboError.setObjectName(u"ownerComboError")
        self.ownerComboError.setWordWrap(True)
        self.ownerComboError.setStyleSheet(u"color: #b00020;")
        self.ownerComboError.setText(u"")

        self.fieldsLayout.addWidget(self.ownerComboError, 2, 2, 1, 1)

        self.startDateEditLabel = QLabel(WorkflowRunForm)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.fieldsLayout.addWidget(self.startDateEditLabel, 3, 0, 1, 1)

        self.startDateEdit = DateField(WorkflowRunForm)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.fieldsLayout.addWidget(self.startDateEdit, 3, 1, 1, 1)

        self.startDateEditError = QLabel(WorkflowRunForm)
        self.startDateEditError.setObjectName(u"startDateEditError")
        self.startDateEditError.setWordWrap(True)
        self.startDateEditError.setStyleSheet(u"color: #b00020;")
        self.startDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.startDateEditError, 3, 2, 1, 1)

        self.dueDateEditLabel = QLabel(WorkflowRunForm)
        self.dueDateEditLabel.setObjectName(u"dueDateEditLabel")

        self.fieldsLayout.addWidget(self.dueDateEditLabel, 4, 0, 1, 1)

        self.dueDateEdit = DateField(WorkflowRunForm)
        self.dueDateEdit.setObjectName(u"dueDateEdit")

        self.fieldsLayout.addWidget(self.dueDateEdit, 4, 1, 1, 1)

        self.dueDateEditError = QLabel(WorkflowRunForm)
        self.dueDateEditError.setObjectName(u"dueDateEditError")
        self.dueDateEditError.setWordWrap(True)
        self.dueDateEditError.setStyleSheet(u"color: #b00020;")
        self.dueDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.dueDateEditError, 4, 2, 1, 1)

        self.budgetEditLabel = QLabel(WorkflowRunForm)
        self.budgetEditLabel.setObjectName(u"budgetEditLabel")

        self.fieldsLayout.addWidget(self.budgetEditLabel, 5, 0, 1, 1)

        self.budgetEdit = QLineEdit(WorkflowRunForm)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.fieldsLayout.addWidget(self.budgetEdit, 5, 1, 1, 1)

        self.budgetEditError = QLabel(WorkflowRunForm)
        self.budgetEditError.setObjectName(u"budgetEditError")
        self.budgetEditError.setWordWrap(True)
        self.budgetEditError.setStyleSheet(u"color: #b00020;")
        self.budgetEditError.setText(u"")

        self.fieldsLayout.addWidget(self.budgetEditError, 5, 2, 1, 1)

        self.notesEditLabel = QLabel(WorkflowRunForm)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.fieldsLayout.addWidget(self.notesEditLabel, 6, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(WorkflowRunForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.notesEdit, 6, 1, 1, 1)

        self.notesEditError = QLabel(WorkflowRunForm)
        self.notesEditError.setObjectName(u"notesEditError")
        self.notesEditError.setWordWrap(True)
        self.notesEditError.setStyleSheet(u"color: #b00020;")
        self.notesEditError.setText(u"")

        self.fieldsLayout.addWidget(self.notesEditError, 6, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(WorkflowRunForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(WorkflowRunForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.templateComboLabel.setBuddy(self.templateCombo)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.dueDateEditLabel.setBuddy(self.dueDateEdit)
        self.budgetEditLabel.setBuddy(self.budgetEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowRunForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkflowRunForm)
    # setupUi

    def retranslateUi(self, WorkflowRunForm):
        self.titleEditLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Title", None))
        self.templateComboLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Workflow", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Owner", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Start date", None))
        self.dueDateEditLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Due date", None))
        self.budgetEditLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Budget", None))
        self.notesEditLabel.setText(QCoreApplication.translate("WorkflowRunForm", u"Notes", None))
        self.revertButton.setText(QCoreApplication.translate("WorkflowRunForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("WorkflowRunForm", u"Save", None))
        pass
    # retranslateUi

