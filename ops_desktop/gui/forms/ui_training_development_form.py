# Generated from ui/training_development_form.ui by ops_desktop.gui.build_forms; do not edit.
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

class Ui_TrainingDevelopmentForm(object):
    def setupUi(self, TrainingDevelopmentForm):
        if not TrainingDevelopmentForm.objectName():
            TrainingDevelopmentForm.setObjectName(u"TrainingDevelopmentForm")
        self.outerLayout = QVBoxLayout(TrainingDevelopmentForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.staffComboLabel = QLabel(TrainingDevelopmentForm)
        self.staffComboLabel.setObjectName(u"staffComboLabel")

        self.fieldsLayout.addWidget(self.staffComboLabel, 0, 0, 1, 1)

        self.staffCombo = QComboBox(TrainingDevelopmentForm)
        self.staffCombo.setObjectName(u"staffCombo")

        self.fieldsLayout.addWidget(self.staffCombo, 0, 1, 1, 1)

        self.staffComboError = QLabel(TrainingDevelopmentForm)
        self.staffComboError.setObjectName(u"staffComboError")
        self.staffComboError.setWordWrap(True)
        self.staffComboError.setStyleSheet(u"color: #b00020;")
        self.staffComboError.setText(u"")

        self.fieldsLayout.addWidget(self.staffComboError, 0, 2, 1, 1)

        self.goalsEditLabel = QLabel(TrainingDevelopmentForm)
        self.goalsEditLabel.setObjectName(u"goalsEditLabel")

        self.fieldsLayout.addWidget(self.goalsEditLabel, 1, 0, 1, 1)

        self.goalsEdit = QPlainTextEdit(TrainingDevelopmentForm)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.goalsEdit, 1, 1, 1, 1)

        self.goalsEditError = QLabel(TrainingDevelopmentForm)
        self.goalsEditError.setObjectName(u"goalsEditError")
        self.goalsEditError.setWordWrap(True)
        self.goalsEditError.setStyleSheet(u"color: #b00020;")
        self.goalsEditError.setText(u"")

        self.fieldsLayout.addWidget(self.goalsEditError, 1, 2, 1, 1)

        self.targetComboLabel = QLabel(TrainingDevelopmentForm)
        self.targetComboLabel.setObjectName(u"targetComboLabel")

        self.fieldsLayout.addWidget(self.targetComboLabel, 2, 0, 1, 1)

        self.targetCombo = QComboBox(TrainingDevelopmentForm)
        self.targetCombo.setObjectName(u"targetCombo")

        self.fieldsLayout.addWidget(self.targetCombo, 2, 1, 1, 1)

        self.targetComboError = QLabel(TrainingDevelopmentForm)
        self.targetComboError.setObjectName(u"targetComboError")
        self.targetComboError.setWordWrap(True)
        self.targetComboError.setStyleSheet(u"color: #b00020;")
        self.targetComboError.setText(u"")

        self.fieldsLayout.addWidget(self.targetComboError, 2, 2, 1, 1)

        self.rotationEditLabel = QLabel(TrainingDevelopmentForm)
        self.rotationEditLabel.setObjectName(u"rotationEditLabel")

        self.fieldsLayout.addWidget(self.rotationEditLabel, 3, 0, 1, 1)

        self.rotationEdit = QLineEdit(TrainingDevelopmentForm)
        self.rotationEdit.setObjectName(u"rotationEdit")

        self.fieldsLayout.addWidget(self.rotationEdit, 3, 1, 1, 1)

        self.rotationEditError = QLabel(TrainingDevelopmentForm)
        self.rotationEditError.setObjectName(u"rotationEditError")
        self.rotationEditError.setWordWrap(True)
        self.rotationEditError.setStyleSheet(u"color: #b00020;")
        self.rotationEditError.setText(u"")

        self.fieldsLayout.addWidget(self.rotationEditError, 3, 2, 1, 1)

        self.startDateEditLabel = QLabel(TrainingDevelopmentForm)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.fieldsLayout.addWidget(self.startDateEditLabel, 4, 0, 1, 1)

        self.startDateEdit = DateField(TrainingDevelopmentForm)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.fieldsLayout.addWidget(self.startDateEdit, 4, 1, 1, 1)

        self.startDateEditError = QLabel(TrainingDevelopmentForm)
        self.startDateEditError.setObjectName(u"startDateEditError")
        self.startDateEditError.setWordWrap(True)
        self.startDateEditError.setStyleSheet(u"color: #b00020;")
        self.startDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.startDateEditError, 4, 2, 1, 1)

        self.nextReviewEditLabel = QLabel(TrainingDevelopmentForm)
        self.nextReviewEditLabel.setObjectName(u"nextReviewEditLabel")

        self.fieldsLayout.addWidget(self.nextReviewEditLabel, 5, 0, 1, 1)

        self.nextReviewEdit = DateField(TrainingDevelopmentForm)
        self.nextReviewEdit.setObjectName(u"nextReviewEdit")

        self.fieldsLayout.addWidget(self.nextReviewEdit, 5, 1, 1, 1)

        self.nextReviewEditError = QLabel(TrainingDevelopmentForm)
        self.nextReviewEditError.setObjectName(u"nextReviewEditError")
        self.nextReviewEditError.setWordWrap(True)
        self.nextReviewEditError.setStyleSheet(u"color: #b00020;")
        self.nextReviewEditError.setText(u"")

        self.fieldsLayout.addWidget(self.nextReviewEditError, 5, 2, 1, 1)

        self.statusComboLabel = QLabel(TrainingDevelopmentForm)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.fieldsLayout.addWidget(self.statusComboLabel, 6, 0, 1, 1)

        self.statusCombo = QComboBox(TrainingDevelopmentForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.addWidget(self.statusCombo, 6, 1, 1, 1)

        self.statusComboError = QLabel(TrainingDevelopmentForm)
        self.statusComboError.setObjectName(u"statusComboError")
        self.statusComboError.setWordWrap(True)
        self.statusComboError.setStyleSheet(u"color: #b00020;")
        self.statusComboError.setText(u"")

        self.fieldsLayout.addWidget(self.statusComboError, 6, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(TrainingDevelopmentForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(TrainingDevelopmentForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.staffComboLabel.setBuddy(self.staffCombo)
        self.goalsEditLabel.setBuddy(self.goalsEdit)
        self.targetComboLabel.setBuddy(self.targetCombo)
        self.rotationEditLabel.setBuddy(self.rotationEdit)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.nextReviewEditLabel.setBuddy(self.nextReviewEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingDevelopmentForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingDevelopmentForm)
    # setupUi

    def retranslateUi(self, TrainingDevelopmentForm):
        self.staffComboLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Person", None))
        self.goalsEditLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Goals", None))
        self.targetComboLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Target position", None))
        self.rotationEditLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Rotation", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Start date", None))
        self.nextReviewEditLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Next review", None))
        self.statusComboLabel.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Status", None))
        self.revertButton.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("TrainingDevelopmentForm", u"Save", None))
        pass
    # retranslateUi

