"""The decision paper (beslutsunderlag): its content model and its DOCX and PPTX writers. No Qt here."""
