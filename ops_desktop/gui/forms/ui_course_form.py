# Generated from ui/course_form.ui by ops_desktop.gui.build_forms; do not edit.
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

class Ui_CourseForm(object):
    def setupUi(self, CourseForm):
        if not CourseForm.objectName():
            CourseForm.setObjectName(u"CourseForm")
        self.outerLayout = QVBoxLayout(CourseForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.titleEditLabel = QLabel(CourseForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fieldsLayout.addWidget(self.titleEditLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(CourseForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleEditError = QLabel(CourseForm)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setWordWrap(True)
        self.titleEditError.setStyleSheet(u"color: #b00020;")
        self.titleEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleEditError, 0, 2, 1, 1)

        self.categoryComboLabel = QLabel(CourseForm)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.fieldsLayout.addWidget(self.categoryComboLabel, 1, 0, 1, 1)

        self.categoryCombo = QComboBox(CourseForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.addWidget(self.categoryCombo, 1, 1, 1, 1)

        self.categoryComboError = QLabel(CourseForm)
        self.categoryComboError.setObjectName(u"categoryComboError")
        self.categoryComboError.setWordWrap(True)
        self.categoryComboError.setStyleSheet(u"color: #b00020;")
        self.categoryComboError.setText(u"")

        self.fieldsLayout.addWidget(self.categoryComboError, 1, 2, 1, 1)

        self.methodComboLabel = QLabel(CourseForm)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.fieldsLayout.addWidget(self.methodComboLabel, 2, 0, 1, 1)

        self.methodCombo = QComboBox(CourseForm)
        self.methodCombo.setObjectName(u"methodCombo")

        self.fieldsLayout.addWidget(self.methodCombo, 2, 1, 1, 1)

        self.methodComboError = QLabel(CourseForm)
        self.methodComboError.setObjectName(u"methodComboError")
        self.methodComboError.setWordWrap(True)
        self.methodComboError.setStyleSheet(u"color: #b00020;")
        self.methodComboError.setText(u"")

        self.fieldsLayout.addWidget(self.methodComboError, 2, 2, 1, 1)

        self.trainerEditLabel = QLabel(CourseForm)
        self.trainerEditLabel.setObjectName(u"trainerEditLabel")

        self.fieldsLayout.addWidget(self.trainerEditLabel, 3, 0, 1, 1)

        self.trainerEdit = QLineEdit(CourseForm)
        self.trainerEdit.setObjectName(u"trainerEdit")

        self.fieldsLayout.addWidget(self.trainerEdit, 3, 1, 1, 1)

        self.trainerEditError = QLabel(CourseForm)
        self.trainerEditError.setObjectName(u"trainerEditError")
        self.trainerEditError.setWordWrap(True)
        self.trainerEditError.setStyleSheet(u"color: #b00020;")
        self.trainerEditError.setText(u"")

        self.fieldsLayout.addWidget(self.trainerEditError, 3, 2, 1, 1)

        self.startDateEditLabel = QLabel(CourseForm)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.fieldsLayout.addWidget(self.startDateEditLabel, 4, 0, 1, 1)

        self.startDateEdit = DateField(CourseForm)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.fieldsLayout.addWidget(self.startDateEdit, 4, 1, 1, 1)

        self.startDateEditError = QLabel(CourseForm)
        self.startDateEditError.setObjectName(u"startDateEditError")
        self.startDateEditError.setWordWrap(True)
        self.startDateEditError.setStyleSheet(u"color: #b00020;")
        self.startDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.startDateEditError, 4, 2, 1, 1)

        self.endDateEditLabel = QLabel(CourseForm)
        self.endDateEditLabel.setObjectName(u"endDateEditLabel")

        self.fieldsLayout.addWidget(self.endDateEditLabel, 5, 0, 1, 1)

        self.endDateEdit = DateField(CourseForm)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.fieldsLayout.addWidget(self.endDateEdit, 5, 1, 1, 1)

        self.endDateEditError = QLabel(CourseForm)
        self.endDateEditError.setObjectName(u"endDateEditError")
        self.endDateEditError.setWordWrap(True)
        self.endDateEditError.setStyleSheet(u"color: #b00020;")
        self.endDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.endDateEditError, 5, 2, 1, 1)

        self.hoursEditLabel = QLabel(CourseForm)
        self.hoursEditLabel.setObjectName(u"hoursEditLabel")

        self.fieldsLayout.addWidget(self.hoursEditLabel, 6, 0, 1, 1)

        self.hoursEdit = QLineEdit(CourseForm)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.fieldsLayout.addWidget(self.hoursEdit, 6, 1, 1, 1)

        self.hoursEditError = QLabel(CourseForm)
        self.hoursEditError.setObjectName(u"hoursEditError")
        self.hoursEditError.setWordWrap(True)
        self.hoursEditError.setStyleSheet(u"color: #b00020;")
        self.hoursEditError.setText(u"")

        self.fieldsLayout.addWidget(self.hoursEditError, 6, 2, 1, 1)

        self.costEditLabel = QLabel(CourseForm)
        self.costEditLabel.setObjectName(u"costEditLabel")

        self.fieldsLayout.addWidget(self.costEditLabel, 7, 0, 1, 1)

        self.costEdit = QLineEdit(CourseForm)
        self.costEdit.setObjectName(u"costEdit")

        self.fieldsLayout.addWidget(self.costEdit, 7, 1, 1, 1)

        self.costEditError = QLabel(CourseForm)
        self.costEditError.setObjectName(u"costEditError")
        self.costEditError.setWordWrap(True)
        self.costEditError.setStyleSheet(u"color: #b00020;")
        self.costEditError.setText(u"")

        self.fieldsLayout.addWidget(self.costEditError, 7, 2, 1, 1)

        self.planYearEditLabel = QLabel(CourseForm)
        self.planYearEditLabel.setObjectName(u"planYearEditLabel")

        self.fieldsLayout.addWidget(self.planYearEditLabel, 8, 0, 1, 1)

        self.planYearEdit = QLineEdit(CourseForm)
        self.planYearEdit.setObjectName(u"planYearEdit")

        self.fieldsLayout.addWidget(self.planYearEdit, 8, 1, 1, 1)

        self.planYearEditError = QLabel(CourseForm)
        self.planYearEditError.setObjectName(u"planYearEditError")
        self.planYearEditError.setWordWrap(True)
        self.planYearEditError.setStyleSheet(u"color: #b00020;")
        self.planYearEditError.setText(u"")

        self.fieldsLayout.addWidget(self.planYearEditError, 8, 2, 1, 1)

        self.descriptionEditLabel = QLabel(CourseForm)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.fieldsLayout.addWidget(self.descriptionEditLabel, 9, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(CourseForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.descriptionEdit, 9, 1, 1, 1)

        self.descriptionEditError = QLabel(CourseForm)
        self.descriptionEditError.setObjectName(u"descriptionEditError")
        self.descriptionEditError.setWordWrap(True)
        self.descriptionEditError.setStyleSheet(u"color: #b00020;")
        self.descriptionEditError.setText(u"")

        self.fieldsLayout.addWidget(self.descriptionEditError, 9, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(CourseForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(CourseForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.trainerEditLabel.setBuddy(self.trainerEdit)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.endDateEditLabel.setBuddy(self.endDateEdit)
        self.hoursEditLabel.setBuddy(self.hoursEdit)
        self.costEditLabel.setBuddy(self.costEdit)
        self.planYearEditLabel.setBuddy(self.planYearEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourseForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CourseForm)
    # setupUi

    def retranslateUi(self, CourseForm):
        self.titleEditLabel.setText(QCoreApplication.translate("CourseForm", u"Title", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("CourseForm", u"Category", None))
        self.methodComboLabel.setText(QCoreApplication.translate("CourseForm", u"Method", None))
        self.trainerEditLabel.setText(QCoreApplication.translate("CourseForm", u"Trainer", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("CourseForm", u"Start date", None))
        self.endDateEditLabel.setText(QCoreApplication.translate("CourseForm", u"End date", None))
        self.hoursEditLabel.setText(QCoreApplication.translate("CourseForm", u"Hours", None))
        self.costEditLabel.setText(QCoreApplication.translate("CourseForm", u"Cost", None))
        self.planYearEditLabel.setText(QCoreApplication.translate("CourseForm", u"Plan year", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("CourseForm", u"Description", None))
        self.revertButton.setText(QCoreApplication.translate("CourseForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("CourseForm", u"Save", None))
        pass
    # retranslateUi

