# Generated from ui/settings_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDoubleSpinBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        self.outerLayout = QVBoxLayout(SettingsForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.workstationGroup = QGroupBox(SettingsForm)
        self.workstationGroup.setObjectName(u"workstationGroup")
        self.workstationLayout = QGridLayout(self.workstationGroup)
        self.workstationLayout.setObjectName(u"workstationLayout")
        self.operatorEditLabel = QLabel(self.workstationGroup)
        self.operatorEditLabel.setObjectName(u"operatorEditLabel")

        self.workstationLayout.addWidget(self.operatorEditLabel, 0, 0, 1, 1)

        self.operatorEdit = QLineEdit(self.workstationGroup)
        self.operatorEdit.setObjectName(u"operatorEdit")

        self.workstationLayout.addWidget(self.operatorEdit, 0, 1, 1, 1)

        self.operatorEditError = QLabel(self.workstationGroup)
        self.operatorEditError.setObjectName(u"operatorEditError")
        self.operatorEditError.setStyleSheet(u"color: #b00020;")
        self.operatorEditError.setText(u"")
        self.operatorEditError.setWordWrap(True)

        self.workstationLayout.addWidget(self.operatorEditError, 1, 1, 1, 1)

        self.backupFolderEditLabel = QLabel(self.workstationGroup)
        self.backupFolderEditLabel.setObjectName(u"backupFolderEditLabel")

        self.workstationLayout.addWidget(self.backupFolderEditLabel, 2, 0, 1, 1)

        self.backupFolderLayout = QHBoxLayout()
        self.backupFolderLayout.setObjectName(u"backupFolderLayout")
        self.backupFolderEdit = QLineEdit(self.workstationGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderLayout.addWidget(self.backupFolderEdit)

        self.backupBrowseButton = QPushButton(self.workstationGroup)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")

        self.backupFolderLayout.addWidget(self.backupBrowseButton)


        self.workstationLayout.addLayout(self.backupFolderLayout, 2, 1, 1, 1)

        self.backupFolderEditError = QLabel(self.workstationGroup)
        self.backupFolderEditError.setObjectName(u"backupFolderEditError")
        self.backupFolderEditError.setStyleSheet(u"color: #b00020;")
        self.backupFolderEditError.setText(u"")
        self.backupFolderEditError.setWordWrap(True)

        self.workstationLayout.addWidget(self.backupFolderEditError, 3, 1, 1, 1)

        self.backupCountSpinLabel = QLabel(self.workstationGroup)
        self.backupCountSpinLabel.setObjectName(u"backupCountSpinLabel")

        self.workstationLayout.addWidget(self.backupCountSpinLabel, 4, 0, 1, 1)

        self.backupCountSpin = QSpinBox(self.workstationGroup)
        self.backupCountSpin.setObjectName(u"backupCountSpin")
        self.backupCountSpin.setMinimum(1)
        self.backupCountSpin.setMaximum(100)
        self.backupCountSpin.setMaximumSize(QSize(90, 16777215))

        self.workstationLayout.addWidget(self.backupCountSpin, 4, 1, 1, 1)

        self.backupCountSpinError = QLabel(self.workstationGroup)
        self.backupCountSpinError.setObjectName(u"backupCountSpinError")
        self.backupCountSpinError.setStyleSheet(u"color: #b00020;")
        self.backupCountSpinError.setText(u"")
        self.backupCountSpinError.setWordWrap(True)

        self.workstationLayout.addWidget(self.backupCountSpinError, 5, 1, 1, 1)

        self.pdfFontEditLabel = QLabel(self.workstationGroup)
        self.pdfFontEditLabel.setObjectName(u"pdfFontEditLabel")

        self.workstationLayout.addWidget(self.pdfFontEditLabel, 6, 0, 1, 1)

        self.pdfFontLayout = QHBoxLayout()
        self.pdfFontLayout.setObjectName(u"pdfFontLayout")
        self.pdfFontEdit = QLineEdit(self.workstationGroup)
        self.pdfFontEdit.setObjectName(u"pdfFontEdit")

        self.pdfFontLayout.addWidget(self.pdfFontEdit)

        self.fontBrowseButton = QPushButton(self.workstationGroup)
        self.fontBrowseButton.setObjectName(u"fontBrowseButton")

        self.pdfFontLayout.addWidget(self.fontBrowseButton)

        self.fontDefaultButton = QPushButton(self.workstationGroup)
        self.fontDefaultButton.setObjectName(u"fontDefaultButton")

        self.pdfFontLayout.addWidget(self.fontDefaultButton)


        self.workstationLayout.addLayout(self.pdfFontLayout, 6, 1, 1, 1)

        self.pdfFontEditError = QLabel(self.workstationGroup)
        self.pdfFontEditError.setObjectName(u"pdfFontEditError")
        self.pdfFontEditError.setStyleSheet(u"color: #b00020;")
        self.pdfFontEditError.setText(u"")
        self.pdfFontEditError.setWordWrap(True)

        self.workstationLayout.addWidget(self.pdfFontEditError, 7, 1, 1, 1)

        self.operatorNote = QLabel(self.workstationGroup)
        self.operatorNote.setObjectName(u"operatorNote")
        self.operatorNote.setWordWrap(True)

        self.workstationLayout.addWidget(self.operatorNote, 8, 0, 1, 2)

        self.workstationLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.workstationGroup)

        self.departmentGroup = QGroupBox(SettingsForm)
        self.departmentGroup.setObjectName(u"departmentGroup")
        self.departmentLayout = QGridLayout(self.departmentGroup)
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.departmentEditLabel = QLabel(self.departmentGroup)
        self.departmentEditLabel.setObjectName(u"departmentEditLabel")

        self.departmentLayout.addWidget(self.departmentEditLabel, 0, 0, 1, 1)

        self.departmentEdit = QLineEdit(self.departmentGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.departmentLayout.addWidget(self.departmentEdit, 0, 1, 1, 1)

        self.departmentEditError = QLabel(self.departmentGroup)
        self.departmentEditError.setObjectName(u"departmentEditError")
        self.departmentEditError.setStyleSheet(u"color: #b00020;")
        self.departmentEditError.setText(u"")
        self.departmentEditError.setWordWrap(True)

        self.departmentLayout.addWidget(self.departmentEditError, 1, 1, 1, 1)

        self.appealDaysSpinLabel = QLabel(self.departmentGroup)
        self.appealDaysSpinLabel.setObjectName(u"appealDaysSpinLabel")

        self.departmentLayout.addWidget(self.appealDaysSpinLabel, 2, 0, 1, 1)

        self.appealDaysSpin = QSpinBox(self.departmentGroup)
        self.appealDaysSpin.setObjectName(u"appealDaysSpin")
        self.appealDaysSpin.setMinimum(1)
        self.appealDaysSpin.setMaximum(365)
        self.appealDaysSpin.setMaximumSize(QSize(90, 16777215))

        self.departmentLayout.addWidget(self.appealDaysSpin, 2, 1, 1, 1)

        self.letterRankCheck = QCheckBox(self.departmentGroup)
        self.letterRankCheck.setObjectName(u"letterRankCheck")

        self.departmentLayout.addWidget(self.letterRankCheck, 3, 0, 1, 2)

        self.letterBonusCheck = QCheckBox(self.departmentGroup)
        self.letterBonusCheck.setObjectName(u"letterBonusCheck")

        self.departmentLayout.addWidget(self.letterBonusCheck, 4, 0, 1, 2)

        self.calibrationZSpinLabel = QLabel(self.departmentGroup)
        self.calibrationZSpinLabel.setObjectName(u"calibrationZSpinLabel")

        self.departmentLayout.addWidget(self.calibrationZSpinLabel, 5, 0, 1, 1)

        self.calibrationZSpin = QDoubleSpinBox(self.departmentGroup)
        self.calibrationZSpin.setObjectName(u"calibrationZSpin")
        self.calibrationZSpin.setDecimals(2)
        self.calibrationZSpin.setMinimum(0.100000000000000)
        self.calibrationZSpin.setMaximum(5.000000000000000)
        self.calibrationZSpin.setSingleStep(0.100000000000000)
        self.calibrationZSpin.setMaximumSize(QSize(90, 16777215))

        self.departmentLayout.addWidget(self.calibrationZSpin, 5, 1, 1, 1)

        self.calibrationShareSpinLabel = QLabel(self.departmentGroup)
        self.calibrationShareSpinLabel.setObjectName(u"calibrationShareSpinLabel")

        self.departmentLayout.addWidget(self.calibrationShareSpinLabel, 6, 0, 1, 1)

        self.calibrationShareSpin = QSpinBox(self.departmentGroup)
        self.calibrationShareSpin.setObjectName(u"calibrationShareSpin")
        self.calibrationShareSpin.setMinimum(0)
        self.calibrationShareSpin.setMaximum(100)
        self.calibrationShareSpin.setMaximumSize(QSize(90, 16777215))

        self.departmentLayout.addWidget(self.calibrationShareSpin, 6, 1, 1, 1)

        self.ackDaysSpinLabel = QLabel(self.departmentGroup)
        self.ackDaysSpinLabel.setObjectName(u"ackDaysSpinLabel")

        self.departmentLayout.addWidget(self.ackDaysSpinLabel, 7, 0, 1, 1)

        self.ackDaysSpin = QSpinBox(self.departmentGroup)
        self.ackDaysSpin.setObjectName(u"ackDaysSpin")
        self.ackDaysSpin.setMinimum(1)
        self.ackDaysSpin.setMaximum(365)
        self.ackDaysSpin.setValue(14)
        self.ackDaysSpin.setMaximumSize(QSize(90, 16777215))

        self.departmentLayout.addWidget(self.ackDaysSpin, 7, 1, 1, 1)

        self.departmentLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.departmentGroup)

        self.databaseGroup = QGroupBox(SettingsForm)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseEdit = QLineEdit(self.databaseGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setReadOnly(True)

        self.databaseLayout.addWidget(self.databaseEdit)

        self.databaseNote = QLabel(self.databaseGroup)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)

        self.databaseLayout.addWidget(self.databaseNote)


        self.leftColumn.addWidget(self.databaseGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.weightsLayout = QHBoxLayout()
        self.weightsLayout.setObjectName(u"weightsLayout")
        self.sourcesGroup = QGroupBox(SettingsForm)
        self.sourcesGroup.setObjectName(u"sourcesGroup")
        self.sourcesGroupLayout = QVBoxLayout(self.sourcesGroup)
        self.sourcesGroupLayout.setObjectName(u"sourcesGroupLayout")
        self.sourcesLayout = QGridLayout()
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesLayout.setColumnStretch(0, 1)

        self.sourcesGroupLayout.addLayout(self.sourcesLayout)

        self.sourcesTotal = QLabel(self.sourcesGroup)
        self.sourcesTotal.setObjectName(u"sourcesTotal")
        self.sourcesTotal.setText(u"")

        self.sourcesGroupLayout.addWidget(self.sourcesTotal)

        self.sourcesError = QLabel(self.sourcesGroup)
        self.sourcesError.setObjectName(u"sourcesError")
        self.sourcesError.setStyleSheet(u"color: #b00020;")
        self.sourcesError.setText(u"")
        self.sourcesError.setWordWrap(True)

        self.sourcesGroupLayout.addWidget(self.sourcesError)


        self.weightsLayout.addWidget(self.sourcesGroup)

        self.dimensionsGroup = QGroupBox(SettingsForm)
        self.dimensionsGroup.setObjectName(u"dimensionsGroup")
        self.dimensionsGroupLayout = QVBoxLayout(self.dimensionsGroup)
        self.dimensionsGroupLayout.setObjectName(u"dimensionsGroupLayout")
        self.dimensionsLayout = QGridLayout()
        self.dimensionsLayout.setObjectName(u"dimensionsLayout")
        self.dimensionsLayout.setColumnStretch(0, 1)

        self.dimensionsGroupLayout.addLayout(self.dimensionsLayout)

        self.dimensionsTotal = QLabel(self.dimensionsGroup)
        self.dimensionsTotal.setObjectName(u"dimensionsTotal")
        self.dimensionsTotal.setText(u"")

        self.dimensionsGroupLayout.addWidget(self.dimensionsTotal)

        self.dimensionsError = QLabel(self.dimensionsGroup)
        self.dimensionsError.setObjectName(u"dimensionsError")
        self.dimensionsError.setStyleSheet(u"color: #b00020;")
        self.dimensionsError.setText(u"")
        self.dimensionsError.setWordWrap(True)

        self.dimensionsGroupLayout.addWidget(self.dimensionsError)


        self.weightsLayout.addWidget(self.dimensionsGroup)


        self.rightColumn.addLayout(self.weightsLayout)

        self.gradesGroup = QGroupBox(SettingsForm)
        self.gradesGroup.setObjectName(u"gradesGroup")
        self.gradesGroupLayout = QVBoxLayout(self.gradesGroup)
        self.gradesGroupLayout.setObjectName(u"gradesGroupLayout")
        self.gradesLayout = QGridLayout()
        self.gradesLayout.setObjectName(u"gradesLayout")
        self.gradesLayout.setColumnStretch(0, 1)

        self.gradesGroupLayout.addLayout(self.gradesLayout)

        self.gradesError = QLabel(self.gradesGroup)
        self.gradesError.setObjectName(u"gradesError")
        self.gradesError.setStyleSheet(u"color: #b00020;")
        self.gradesError.setText(u"")
        self.gradesError.setWordWrap(True)

        self.gradesGroupLayout.addWidget(self.gradesError)


        self.rightColumn.addWidget(self.gradesGroup)

        self.rulesGroup = QGroupBox(SettingsForm)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesLayout = QGridLayout(self.rulesGroup)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.trainingThresholdEditLabel = QLabel(self.rulesGroup)
        self.trainingThresholdEditLabel.setObjectName(u"trainingThresholdEditLabel")

        self.rulesLayout.addWidget(self.trainingThresholdEditLabel, 0, 0, 1, 1)

        self.trainingThresholdEdit = QLineEdit(self.rulesGroup)
        self.trainingThresholdEdit.setObjectName(u"trainingThresholdEdit")
        self.trainingThresholdEdit.setMaximumSize(QSize(90, 16777215))

        self.rulesLayout.addWidget(self.trainingThresholdEdit, 0, 1, 1, 1)

        self.trainingThresholdEditError = QLabel(self.rulesGroup)
        self.trainingThresholdEditError.setObjectName(u"trainingThresholdEditError")
        self.trainingThresholdEditError.setStyleSheet(u"color: #b00020;")
        self.trainingThresholdEditError.setText(u"")
        self.trainingThresholdEditError.setWordWrap(True)

        self.rulesLayout.addWidget(self.trainingThresholdEditError, 0, 2, 1, 1)

        self.annualMinSpinLabel = QLabel(self.rulesGroup)
        self.annualMinSpinLabel.setObjectName(u"annualMinSpinLabel")

        self.rulesLayout.addWidget(self.annualMinSpinLabel, 1, 0, 1, 1)

        self.annualMinSpin = QSpinBox(self.rulesGroup)
        self.annualMinSpin.setObjectName(u"annualMinSpin")
        self.annualMinSpin.setMinimum(1)
        self.annualMinSpin.setMaximum(12)
        self.annualMinSpin.setMaximumSize(QSize(90, 16777215))

        self.rulesLayout.addWidget(self.annualMinSpin, 1, 1, 1, 1)

        self.annualMinSpinError = QLabel(self.rulesGroup)
        self.annualMinSpinError.setObjectName(u"annualMinSpinError")
        self.annualMinSpinError.setStyleSheet(u"color: #b00020;")
        self.annualMinSpinError.setText(u"")
        self.annualMinSpinError.setWordWrap(True)

        self.rulesLayout.addWidget(self.annualMinSpinError, 1, 2, 1, 1)

        self.peerDropCheck = QCheckBox(self.rulesGroup)
        self.peerDropCheck.setObjectName(u"peerDropCheck")

        self.rulesLayout.addWidget(self.peerDropCheck, 2, 0, 1, 2)

        self.peerMinCountSpinLabel = QLabel(self.rulesGroup)
        self.peerMinCountSpinLabel.setObjectName(u"peerMinCountSpinLabel")

        self.rulesLayout.addWidget(self.peerMinCountSpinLabel, 3, 0, 1, 1)

        self.peerMinCountSpin = QSpinBox(self.rulesGroup)
        self.peerMinCountSpin.setObjectName(u"peerMinCountSpin")
        self.peerMinCountSpin.setMinimum(1)
        self.peerMinCountSpin.setMaximum(99)
        self.peerMinCountSpin.setMaximumSize(QSize(90, 16777215))

        self.rulesLayout.addWidget(self.peerMinCountSpin, 3, 1, 1, 1)

        self.peerMinCountSpinError = QLabel(self.rulesGroup)
        self.peerMinCountSpinError.setObjectName(u"peerMinCountSpinError")
        self.peerMinCountSpinError.setStyleSheet(u"color: #b00020;")
        self.peerMinCountSpinError.setText(u"")
        self.peerMinCountSpinError.setWordWrap(True)

        self.rulesLayout.addWidget(self.peerMinCountSpinError, 3, 2, 1, 1)

        self.rulesLayout.setColumnStretch(2, 1)

        self.rightColumn.addWidget(self.rulesGroup)

        self.schemeError = QLabel(SettingsForm)
        self.schemeError.setObjectName(u"schemeError")
        self.schemeError.setStyleSheet(u"color: #b00020;")
        self.schemeError.setText(u"")
        self.schemeError.setWordWrap(True)

        self.rightColumn.addWidget(self.schemeError)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)


        self.outerLayout.addLayout(self.columnsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(SettingsForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.operatorEditLabel.setBuddy(self.operatorEdit)
        self.backupFolderEditLabel.setBuddy(self.backupFolderEdit)
        self.backupCountSpinLabel.setBuddy(self.backupCountSpin)
        self.pdfFontEditLabel.setBuddy(self.pdfFontEdit)
        self.departmentEditLabel.setBuddy(self.departmentEdit)
        self.appealDaysSpinLabel.setBuddy(self.appealDaysSpin)
        self.calibrationZSpinLabel.setBuddy(self.calibrationZSpin)
        self.calibrationShareSpinLabel.setBuddy(self.calibrationShareSpin)
        self.ackDaysSpinLabel.setBuddy(self.ackDaysSpin)
        self.trainingThresholdEditLabel.setBuddy(self.trainingThresholdEdit)
        self.annualMinSpinLabel.setBuddy(self.annualMinSpin)
        self.peerMinCountSpinLabel.setBuddy(self.peerMinCountSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.workstationGroup.setTitle(QCoreApplication.translate("SettingsForm", u"This workstation", None))
        self.operatorEditLabel.setText(QCoreApplication.translate("SettingsForm", u"Operator name", None))
        self.backupFolderEditLabel.setText(QCoreApplication.translate("SettingsForm", u"Backup folder", None))
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsForm", u"Browse\u2026", None))
        self.backupCountSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"Backups kept", None))
        self.pdfFontEditLabel.setText(QCoreApplication.translate("SettingsForm", u"PDF font", None))
        self.fontBrowseButton.setText(QCoreApplication.translate("SettingsForm", u"Choose\u2026", None))
        self.fontDefaultButton.setText(QCoreApplication.translate("SettingsForm", u"Bundled font", None))
        self.operatorNote.setText(QCoreApplication.translate("SettingsForm", u"The operator name is written in the audit log beside every change made on this workstation. A backup is taken each time the program opens a database file; only the newest ones are kept.", None))
        self.departmentGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Department", None))
        self.departmentEditLabel.setText(QCoreApplication.translate("SettingsForm", u"Department name", None))
        self.appealDaysSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"Days to appeal a result", None))
        self.letterRankCheck.setText(QCoreApplication.translate("SettingsForm", u"Result letters show the rank", None))
        self.letterBonusCheck.setText(QCoreApplication.translate("SettingsForm", u"Result letters show the bonus amount", None))
        self.calibrationZSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"Calibration flags a rater at |z| of", None))
        self.calibrationShareSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"\u2026 or lenient above this % of top grades", None))
        self.ackDaysSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"Days to acknowledge the regulation", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Database in use", None))
        self.databaseNote.setText(QCoreApplication.translate("SettingsForm", u"To work in another database file, use File \u2192 Open database\u2026 or File \u2192 New database\u2026; File \u2192 Open recent lists the last ones. A PostgreSQL server is chosen when the program starts (see Help \u2192 User guide).", None))
        self.sourcesGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Sources (weight %)", None))
        self.dimensionsGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Dimensions (weight %)", None))
        self.gradesGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Grades and use of results", None))
        self.rulesGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Rules", None))
        self.trainingThresholdEditLabel.setText(QCoreApplication.translate("SettingsForm", u"Training need below", None))
        self.annualMinSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"Annual result needs at least (months)", None))
        self.peerDropCheck.setText(QCoreApplication.translate("SettingsForm", u"Drop the highest and lowest peer score", None))
        self.peerMinCountSpinLabel.setText(QCoreApplication.translate("SettingsForm", u"\u2026 when there are at least", None))
        self.revertButton.setText(QCoreApplication.translate("SettingsForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsForm", u"Save", None))
        pass
    # retranslateUi

