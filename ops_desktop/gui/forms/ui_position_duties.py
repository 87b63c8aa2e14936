# Generated from ui/position_duties.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_PositionDuties(object):
    def setupUi(self, PositionDuties):
        if not PositionDuties.objectName():
            PositionDuties.setObjectName(u"PositionDuties")
        self.outerLayout = QHBoxLayout(PositionDuties)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(PositionDuties)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.areasBox = QGroupBox(self.splitter)
        self.areasBox.setObjectName(u"areasBox")
        self.areasLayout = QVBoxLayout(self.areasBox)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areasView = QTableView(self.areasBox)
        self.areasView.setObjectName(u"areasView")

        self.areasLayout.addWidget(self.areasView)

        self.areaTitleLayout = QHBoxLayout()
        self.areaTitleLayout.setObjectName(u"areaTitleLayout")
        self.areaTitleEditLabel = QLabel(self.areasBox)
        self.areaTitleEditLabel.setObjectName(u"areaTitleEditLabel")

        self.areaTitleLayout.addWidget(self.areaTitleEditLabel)

        self.areaTitleEdit = QLineEdit(self.areasBox)
        self.areaTitleEdit.setObjectName(u"areaTitleEdit")

        self.areaTitleLayout.addWidget(self.areaTitleEdit)


        self.areasLayout.addLayout(self.areaTitleLayout)

        self.areaTitleEditError = QLabel(self.areasBox)
        self.areaTitleEditError.setObjectName(u"areaTitleEditError")
        self.areaTitleEditError.setStyleSheet(u"color: #b00020;")
        self.areaTitleEditError.setWordWrap(True)
        self.areaTitleEditError.setText(u"")

        self.areasLayout.addWidget(self.areaTitleEditError)

        self.areaButtons = QGridLayout()
        self.areaButtons.setObjectName(u"areaButtons")
        self.addAreaButton = QPushButton(self.areasBox)
        self.addAreaButton.setObjectName(u"addAreaButton")

        self.areaButtons.addWidget(self.addAreaButton, 0, 0, 1, 1)

        self.renameAreaButton = QPushButton(self.areasBox)
        self.renameAreaButton.setObjectName(u"renameAreaButton")

        self.areaButtons.addWidget(self.renameAreaButton, 0, 1, 1, 1)

        self.removeAreaButton = QPushButton(self.areasBox)
        self.removeAreaButton.setObjectName(u"removeAreaButton")

        self.areaButtons.addWidget(self.removeAreaButton, 0, 2, 1, 1)

        self.areaUpButton = QPushButton(self.areasBox)
        self.areaUpButton.setObjectName(u"areaUpButton")

        self.areaButtons.addWidget(self.areaUpButton, 1, 0, 1, 1)

        self.areaDownButton = QPushButton(self.areasBox)
        self.areaDownButton.setObjectName(u"areaDownButton")

        self.areaButtons.addWidget(self.areaDownButton, 1, 1, 1, 1)


        self.areasLayout.addLayout(self.areaButtons)

        self.splitter.addWidget(self.areasBox)
        self.dutiesBox = QGroupBox(self.splitter)
        self.dutiesBox.setObjectName(u"dutiesBox")
        self.dutiesLayout = QVBoxLayout(self.dutiesBox)
        self.dutiesLayout.setObjectName(u"dutiesLayout")
        self.dutySearch = QLineEdit(self.dutiesBox)
        self.dutySearch.setObjectName(u"dutySearch")
        self.dutySearch.setClearButtonEnabled(True)

        self.dutiesLayout.addWidget(self.dutySearch)

        self.dutiesView = QTableView(self.dutiesBox)
        self.dutiesView.setObjectName(u"dutiesView")

        self.dutiesLayout.addWidget(self.dutiesView)

        self.dutyTextEditLabel = QLabel(self.dutiesBox)
        self.dutyTextEditLabel.setObjectName(u"dutyTextEditLabel")

        self.dutiesLayout.addWidget(self.dutyTextEditLabel)

        self.dutyTextEdit = QPlainTextEdit(self.dutiesBox)
        self.dutyTextEdit.setObjectName(u"dutyTextEdit")
        self.dutyTextEdit.setMaximumSize(QSize(16777215, 72))
        self.dutyTextEdit.setTabChangesFocus(True)

        self.dutiesLayout.addWidget(self.dutyTextEdit)

        self.dutyTextEditError = QLabel(self.dutiesBox)
        self.dutyTextEditError.setObjectName(u"dutyTextEditError")
        self.dutyTextEditError.setStyleSheet(u"color: #b00020;")
        self.dutyTextEditError.setWordWrap(True)
        self.dutyTextEditError.setText(u"")

        self.dutiesLayout.addWidget(self.dutyTextEditError)

        self.dutyButtons = QGridLayout()
        self.dutyButtons.setObjectName(u"dutyButtons")
        self.addDutyButton = QPushButton(self.dutiesBox)
        self.addDutyButton.setObjectName(u"addDutyButton")

        self.dutyButtons.addWidget(self.addDutyButton, 0, 0, 1, 1)

        self.saveDutyButton = QPushButton(self.dutiesBox)
        self.saveDutyButton.setObjectName(u"saveDutyButton")

        self.dutyButtons.addWidget(self.saveDutyButton, 0, 1, 1, 1)

        self.removeDutyButton = QPushButton(self.dutiesBox)
        self.removeDutyButton.setObjectName(u"removeDutyButton")

        self.dutyButtons.addWidget(self.removeDutyButton, 0, 2, 1, 1)

        self.dutyUpButton = QPushButton(self.dutiesBox)
        self.dutyUpButton.setObjectName(u"dutyUpButton")

        self.dutyButtons.addWidget(self.dutyUpButton, 1, 0, 1, 1)

        self.dutyDownButton = QPushButton(self.dutiesBox)
        self.dutyDownButton.setObjectName(u"dutyDownButton")

        self.dutyButtons.addWidget(self.dutyDownButton, 1, 1, 1, 1)


        self.dutiesLayout.addLayout(self.dutyButtons)

        self.splitter.addWidget(self.dutiesBox)

        self.outerLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.areaTitleEditLabel.setBuddy(self.areaTitleEdit)
        self.dutyTextEditLabel.setBuddy(self.dutyTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PositionDuties)

        QMetaObject.connectSlotsByName(PositionDuties)
    # setupUi

    def retranslateUi(self, PositionDuties):
        self.areasBox.setTitle(QCoreApplication.translate("PositionDuties", u"Responsibility areas", None))
        self.areaTitleEditLabel.setText(QCoreApplication.translate("PositionDuties", u"Title", None))
        self.addAreaButton.setText(QCoreApplication.translate("PositionDuties", u"Add area", None))
        self.renameAreaButton.setText(QCoreApplication.translate("PositionDuties", u"Rename", None))
        self.removeAreaButton.setText(QCoreApplication.translate("PositionDuties", u"Remove area", None))
        self.areaUpButton.setText(QCoreApplication.translate("PositionDuties", u"Area up", None))
        self.areaDownButton.setText(QCoreApplication.translate("PositionDuties", u"Area down", None))
        self.dutiesBox.setTitle(QCoreApplication.translate("PositionDuties", u"Duty lines", None))
        self.dutySearch.setPlaceholderText(QCoreApplication.translate("PositionDuties", u"Find a duty line\u2026", None))
        self.dutyTextEditLabel.setText(QCoreApplication.translate("PositionDuties", u"Text of the duty line", None))
        self.addDutyButton.setText(QCoreApplication.translate("PositionDuties", u"Add line", None))
        self.saveDutyButton.setText(QCoreApplication.translate("PositionDuties", u"Save line", None))
        self.removeDutyButton.setText(QCoreApplication.translate("PositionDuties", u"Remove line", None))
        self.dutyUpButton.setText(QCoreApplication.translate("PositionDuties", u"Line up", None))
        self.dutyDownButton.setText(QCoreApplication.translate("PositionDuties", u"Line down", None))
        pass
    # retranslateUi

